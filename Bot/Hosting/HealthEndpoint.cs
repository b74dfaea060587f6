using ChatBot.Bot.Scheduling;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Bot.Hosting;

public static class HealthEndpoint
{
    /// <summary>
    /// GET /healthz: 200 when the store answers, 503 when it does not; with the outbox backlog, the oldest
    /// message not yet sent, the undeliverable count, the leases this replica holds and the working-day calendar years loaded.
    /// </summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", (IStore store, Outbox.Outbox outbox, WorkingCalendar calendar, BureauClock clock, Replicas.Leadership leadership) =>
        {
            if (!store.IsReachable()) return Results.Json(new { status = "unhealthy", store = "unreachable" }, statusCode: 503);
            var counts = outbox.Counts();
            var oldest = outbox.OldestUnsent();
            return Results.Json(new
            {
                status = "ok",
                store = "reachable",
                outbox = new
                {
                    backlog = counts.Pending + counts.Sending,
                    undeliverable = counts.Failed,
                    oldestUnsent = oldest,
                    oldestUnsentAgeSeconds = oldest is { } at ? (long?)(clock.UtcNow - at).TotalSeconds : null,
                },
                // Which leases this replica holds: with several replicas exactly one says true for each.
                replica = new { id = leadership.Holder, leases = leadership.Held() },
                calendar = new
                {
                    years = calendar.KnownYears.Order().Select(y => new { year = y, estimate = calendar.Year(y).IsEstimate }),
                    warnings = CalendarCheck.Problems(calendar, clock.Today.Year),
                },
            });
        });
}
