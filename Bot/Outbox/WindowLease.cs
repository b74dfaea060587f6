using System.Threading.RateLimiting;

namespace ChatBot.Bot.Outbox;

/// <summary>A lease from <see cref="SlidingLogRateLimiter"/>; a refusal says when to come back.</summary>
internal sealed class WindowLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
{
    public static readonly WindowLease Granted = new(true, null);
    public static WindowLease Refused(TimeSpan? retryAfter) => new(false, retryAfter);

    public override bool IsAcquired => acquired;

    public override IEnumerable<string> MetadataNames =>
        retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (retryAfter is { } after && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = after;
            return true;
        }
        metadata = null;
        return false;
    }
}
