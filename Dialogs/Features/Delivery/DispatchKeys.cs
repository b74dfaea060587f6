namespace ChatBot.Dialogs.Features.Delivery;

/// <summary>
/// The keys dispatch notices and delivery reports are queued under, written and read only here:
/// dispatch:{meetingId}:{unitId}:{memberId}; meeting ids hold no colon (mt-yyyyMMddHHmmss-xxxxxx).
/// </summary>
public static class DispatchKeys
{
    public const string NoticePrefix = "dispatch:";

    public static string NoticesOf(string meetingId) => $"{NoticePrefix}{meetingId}:";

    /// <summary>The key of one member's dispatch notice for one unit of a meeting.</summary>
    public static string Notice(string meetingId, string unitId, string memberId) => $"{NoticesOf(meetingId)}{unitId}:{memberId}";

    /// <summary>The meeting a notice key belongs to, or null for any other key.</summary>
    public static string? MeetingOf(string key)
    {
        if (!key.StartsWith(NoticePrefix, StringComparison.Ordinal)) return null;
        var end = key.IndexOf(':', NoticePrefix.Length);
        return end > NoticePrefix.Length ? key[NoticePrefix.Length..end] : null;
    }

    /// <summary>One report per round: round 0 after the dispatch, round n after the n-th resend.</summary>
    public static string Report(string meetingId, int round) => $"delivery-report:{meetingId}:{round}";
}
