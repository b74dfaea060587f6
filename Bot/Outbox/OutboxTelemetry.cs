using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ChatBot.Bot.Outbox;

/// <summary>
/// Traces and metrics of delivery (source and meter "ChatBot.Outbox", exported with every "ChatBot.*"):
/// a span per send attempt, counters of messages sent, retried and failed, the time an attempt took,
/// and — read from the store when an exporter asks — the backlog and the age of the oldest unsent message.
/// Ids, status codes and reasons' kinds only; never message text.
/// </summary>
public sealed class OutboxTelemetry
{
    public const string Name = "ChatBot.Outbox";

    public static readonly ActivitySource Source = new(Name);

    private readonly Counter<long> _sent;
    private readonly Counter<long> _retried;
    private readonly Counter<long> _failed;
    private readonly Histogram<double> _duration;

    public OutboxTelemetry(IMeterFactory meters, Outbox outbox, TimeProvider time) : this(meters.Create(Name), outbox, time)
    {
    }

    private OutboxTelemetry(Meter meter, Outbox outbox, TimeProvider time)
    {
        _sent = meter.CreateCounter<long>("outbox.messages.sent", "{message}", "Messages Teams accepted");
        _retried = meter.CreateCounter<long>("outbox.messages.retried", "{message}", "Attempts that failed transiently and were scheduled again");
        _failed = meter.CreateCounter<long>("outbox.messages.failed", "{message}", "Messages given up for good, by kind (not installed, removed, gave up…)");
        _duration = meter.CreateHistogram<double>("outbox.send.duration", "s", "One send attempt, conversation creation included");
        meter.CreateObservableGauge("outbox.queue.depth", () =>
        {
            var c = outbox.Counts();
            return new[]
            {
                new Measurement<long>(c.Pending, new KeyValuePair<string, object?>("outbox.status", "pending")),
                new Measurement<long>(c.Sending, new KeyValuePair<string, object?>("outbox.status", "sending")),
                new Measurement<long>(c.Failed, new KeyValuePair<string, object?>("outbox.status", "failed")),
            };
        }, "{message}", "Messages waiting, in flight, and undeliverable (kept for the office)");
        meter.CreateObservableGauge("outbox.queue.oldest_age", () =>
            outbox.OldestUnsent() is { } oldest ? Math.Max(0, (time.GetUtcNow() - oldest).TotalSeconds) : 0d,
            "s", "Age of the oldest message not yet sent; growing means delivery is stuck");
    }

    /// <summary>For a dispatcher built without the host (benchmarks, unit tests): a meter of its own.</summary>
    internal static OutboxTelemetry Standalone(Outbox outbox, TimeProvider time) => new(new Meter(Name), outbox, time);

    /// <summary>Starts the span of one attempt; the connector's call becomes its child.</summary>
    public Activity? StartSend(OutboxMessage m)
    {
        var span = Source.StartActivity("outbox.send", ActivityKind.Producer);
        if (span is null) return null;
        span.SetTag("outbox.key", m.Id);
        span.SetTag("outbox.attempt", m.Attempts);
        span.SetTag("outbox.update", m.UpdateActivityId is not null || m.UpdateOfKey is not null);
        span.SetTag("outbox.creates_conversation", m.NeedsConversation);
        span.SetTag("bot.conversation.id", m.ConversationId);
        return span;
    }

    public void Sent(Activity? span, TimeSpan elapsed)
    {
        _sent.Add(1);
        _duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("outbox.outcome", "sent"));
        span?.SetTag("outbox.outcome", "sent");
    }

    public void Retried(Activity? span, TimeSpan elapsed, DeliveryFailure failure)
    {
        var status = new KeyValuePair<string, object?>("http.response.status_code", failure.StatusCode ?? 0);
        _retried.Add(1, status);
        _duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("outbox.outcome", "retry"));
        span?.SetTag("outbox.outcome", "retry");
        span?.SetTag("http.response.status_code", failure.StatusCode);
        span?.SetStatus(ActivityStatusCode.Error, failure.Reason);
    }

    public void Failed(Activity? span, TimeSpan elapsed, DeliveryFailure failure, FailureKind kind)
    {
        _failed.Add(1, new KeyValuePair<string, object?>("outbox.failure", kind.ToString()));
        _duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("outbox.outcome", "failed"));
        span?.SetTag("outbox.outcome", "failed");
        span?.SetTag("outbox.failure", kind.ToString());
        span?.SetTag("http.response.status_code", failure.StatusCode);
        span?.SetStatus(ActivityStatusCode.Error, failure.Reason);
    }
}
