using ChatBot.Bot.Channel;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Delivery;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Outbox;

/// <summary>
/// Sends the office its delivery report once every dispatch notice of a meeting has been tried: each time
/// a notice's outcome is stored it asks Dialogs whether the meeting is settled, and queues the report it
/// gets. The report's key makes it one per round however often this runs. At start it looks once at the
/// meetings dispatched lately, in case the process stopped between the last outcome and the report.
/// </summary>
public sealed class DispatchReportTrigger(
    Outbox outbox, IStore store, IDispatchDeliveries deliveries, ProactiveDelivery delivery, BureauLanguage bureau, TimeProvider time,
    ILogger<DispatchReportTrigger> log) : IHostedService
{
    /// <summary>How far back the start-up pass looks (well inside Storage:RetentionDays, so no report key was pruned).</summary>
    public static readonly TimeSpan CatchUpWindow = TimeSpan.FromDays(2);

    public Task StartAsync(CancellationToken ct)
    {
        outbox.Settled += OnSettled;
        var since = time.GetUtcNow() - CatchUpWindow;
        try
        {
            foreach (var meeting in store.Meetings.WithStatus(MeetingStatus.Dispatched).Where(m => (m.DispatchedAt ?? m.CreatedAt) >= since).ToList())
                ReportIfSettled(meeting.Id);
        }
        catch (Exception e)
        {
            // A missed catch-up costs one late report at most (the next settled notice asks again); it must not stop the start.
            log.LogError(e, "Delivery reports: the start-up look at recent meetings failed");
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct)
    {
        outbox.Settled -= OnSettled;
        return Task.CompletedTask;
    }

    private void OnSettled(OutboxMessage m)
    {
        if (DispatchKeys.MeetingOf(m.Id) is { } meetingId) ReportIfSettled(meetingId);
    }

    /// <summary>Queues the meeting's report when its notices are all tried; true when one was queued now.</summary>
    public bool ReportIfSettled(string meetingId)
    {
        try
        {
            if (DispatchReport.WhenSettled(store, deliveries, meetingId, bureau.Default) is not { } report) return false;
            if (outbox.Find(report.IdempotencyKey) is not null) return false;
            delivery.Deliver([report]);
            return true;
        }
        catch (Exception e)
        {
            log.LogError(e, "Delivery report for meeting {MeetingId} could not be queued", meetingId);
            return false;
        }
    }
}
