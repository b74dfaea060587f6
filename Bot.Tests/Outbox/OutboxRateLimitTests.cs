using ChatBot.Bot.Outbox;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Bot.Tests.Outbox;

public sealed class OutboxRateLimitTests
{
    private static int MostInAnyWindow(IEnumerable<DateTimeOffset> arrivals, TimeSpan window)
    {
        var sorted = arrivals.OrderBy(a => a).ToList();
        var most = 0;
        for (int end = 0, start = 0; end < sorted.Count; end++)
        {
            while (sorted[end] - sorted[start] >= window) start++;
            most = Math.Max(most, end - start + 1);
        }
        return most;
    }

    [Fact]
    public async Task One_conversation_keeps_Teams_windows_of_7_per_second_and_8_per_2_seconds()
    {
        await using var rig = await OutboxRig.StartAsync();
        for (var i = 0; i < 30; i++) rig.Enqueue($"k{i:00}", "19:channel@thread.tacv2", $"m{i}");

        await rig.RunAsync(TimeSpan.FromMilliseconds(50), () => rig.Outbox.Counts().Sent == 30);

        var arrivals = rig.Connector.Calls.Select(r => r.At).ToList();
        Assert.Equal(30, arrivals.Count);
        Assert.True(MostInAnyWindow(arrivals, TimeSpan.FromSeconds(1)) <= 7);
        Assert.Equal(8, MostInAnyWindow(arrivals, TimeSpan.FromSeconds(2)));
        // 8 per 2 s is the binding limit: 30 messages need at least 6 s of simulated time.
        Assert.True(arrivals.Max() - arrivals.Min() >= TimeSpan.FromSeconds(6));
    }

    [Fact]
    public async Task Distinct_conversations_go_in_parallel_up_to_the_tenant_ceiling()
    {
        await using var rig = await OutboxRig.StartAsync(o => { o.TenantRatePerSecond = 20; o.RateHeadroom = 0; });
        for (var i = 0; i < 100; i++) rig.Enqueue($"dispatch:m1:u{i:000}", $"a:u{i:000}", "请落实");

        var start = rig.Time.GetUtcNow();
        await rig.RunAsync(TimeSpan.FromMilliseconds(50), () => rig.Outbox.Counts().Sent == 100);

        var arrivals = rig.Connector.Calls.Select(r => r.At).ToList();
        Assert.Equal(100, arrivals.Count);
        Assert.InRange(MostInAnyWindow(arrivals, TimeSpan.FromSeconds(1)), 19, 20);
        // At the ceiling (a bucket of 2, then 20/s), 100 messages take about 4.9 s of simulated time.
        Assert.InRange(rig.Time.GetUtcNow() - start, TimeSpan.FromSeconds(4.5), TimeSpan.FromSeconds(5.5));
    }

    [Fact]
    public void The_conversation_limiter_holds_the_30_second_and_hourly_windows()
    {
        var time = new FakeTimeProvider();
        var limiter = new SlidingLogRateLimiter(time, TeamsRateLimits.PerConversation);
        var granted = new List<DateTimeOffset>();

        // Try every 100 ms for two hours of simulated time.
        for (var i = 0; i < 72_000; i++)
        {
            using var lease = limiter.AttemptAcquire();
            if (lease.IsAcquired) granted.Add(time.GetUtcNow());
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(60, MostInAnyWindow(granted, TimeSpan.FromSeconds(30)));
        Assert.Equal(1800, MostInAnyWindow(granted, TimeSpan.FromHours(1)));
        Assert.Equal(3600, granted.Count);
    }

    [Fact]
    public void The_token_bucket_paces_evenly_and_keeps_what_accrued_while_nobody_asked()
    {
        var time = new FakeTimeProvider();
        var bucket = new TokenBucketRateLimiter(time, perSecond: 50, capacity: 5);
        var granted = 0;
        for (var i = 0; i < 100; i++)
        {
            // Ask every 30 ms, late for a 20 ms pace: what accrued meanwhile is not lost.
            while (bucket.AttemptAcquire().IsAcquired) granted++;
            time.Advance(TimeSpan.FromMilliseconds(30));
        }
        Assert.InRange(granted, 5 + 148, 5 + 150); // the full bucket, then 50/s over 2.97 s
    }

    [Fact]
    public void A_refusal_says_when_to_come_back_and_burns_no_permit()
    {
        var time = new FakeTimeProvider();
        var limiter = new SlidingLogRateLimiter(time, new RateWindow(2, TimeSpan.FromSeconds(1)));
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        time.Advance(TimeSpan.FromMilliseconds(300));
        Assert.True(limiter.AttemptAcquire().IsAcquired);

        using var refused = limiter.AttemptAcquire();
        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var after));
        Assert.InRange(after, TimeSpan.FromMilliseconds(699), TimeSpan.FromMilliseconds(701));

        time.Advance(after);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
    }
}
