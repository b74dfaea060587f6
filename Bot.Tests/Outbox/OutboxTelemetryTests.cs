using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Tests.EndToEnd;
using BotActivity = ChatBot.Bot.Channel.Schema.Activity;

namespace ChatBot.Bot.Tests.Outbox;

/// <summary>
/// A real send through the bot's outbox and connector client to the fake connector leaves spans (outbox.send
/// with the connector's call as its child) and metrics (sent, retried, failed, connector calls by status,
/// queue depth and age) under the ChatBot.Outbox and ChatBot.Connector names the exporter picks up.
/// </summary>
public class OutboxTelemetryTests
{
    private sealed record Measured(string Instrument, double Value, Dictionary<string, object?> Tags);

    [Fact]
    public async Task Sends_retries_and_failures_are_traced_and_counted()
    {
        await using var f = await BotFixture.StartAsync(new Dictionary<string, string?>
        {
            ["Outbox:MaxAttempts"] = "2",
            ["Outbox:RetryBaseDelay"] = "00:00:00.100",
            ["Outbox:RetryMaxDelay"] = "00:00:00.200",
        });
        var run = Guid.NewGuid().ToString("N");
        var spans = new ConcurrentQueue<Activity>();
        using var spanListener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is OutboxTelemetry.Name or ConnectorTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(spanListener);
        var measured = new ConcurrentQueue<Measured>();
        var meters = f.Bot.Get<IMeterFactory>();
        using var meterListener = new MeterListener
        {
            // Only this bot's meters: other tests' bots run in parallel in the same process.
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Meter.Name is OutboxTelemetry.Name or ConnectorTelemetry.Name) l.EnableMeasurementEvents(instrument);
            },
        };
        meterListener.SetMeasurementEventCallback<long>((i, v, tags, _) => measured.Enqueue(new(i.Name, v, Tags(tags))));
        meterListener.SetMeasurementEventCallback<double>((i, v, tags, _) => measured.Enqueue(new(i.Name, v, Tags(tags))));
        meterListener.Start();

        f.Connector.Respond = c => c.Path.Contains("conv-refused", StringComparison.Ordinal) ? (500, null) : null;
        var outbox = f.Bot.Get<ChatBot.Bot.Outbox.Outbox>();
        var ok = $"telemetry:{run}:ok";
        var refused = $"telemetry:{run}:refused";
        outbox.Enqueue(ok, OutboxTarget.Conversation("tenant-t", f.Connector.ServiceUrl, "conv-ok"), new BotActivity { Type = BotActivity.Types.Message, Text = "进展已更新" });
        outbox.Enqueue(refused, OutboxTarget.Conversation("tenant-t", f.Connector.ServiceUrl, "conv-refused"), new BotActivity { Type = BotActivity.Types.Message, Text = "进展已更新" });

        var until = Environment.TickCount64 + 20_000;
        while (Environment.TickCount64 < until && !(outbox.Find(ok)!.Status == OutboxStatus.Sent && outbox.Find(refused)!.Status == OutboxStatus.Failed))
            await Task.Delay(25);
        Assert.Equal(OutboxStatus.Sent, outbox.Find(ok)!.Status);
        Assert.Equal(OutboxStatus.Failed, outbox.Find(refused)!.Status);

        // Spans: one attempt for the message that went through, two for the refused one; each connector call is a child of its attempt.
        var sends = spans.Where(s => s.OperationName == "outbox.send" && (s.GetTagItem("outbox.key") as string)?.Contains(run) == true).ToList();
        var okSpan = Assert.Single(sends, s => (string)s.GetTagItem("outbox.key")! == ok);
        Assert.Equal("sent", okSpan.GetTagItem("outbox.outcome"));
        var refusedSpans = sends.Where(s => (string)s.GetTagItem("outbox.key")! == refused).ToList();
        Assert.Equal(["retry", "failed"], refusedSpans.Select(s => s.GetTagItem("outbox.outcome")));
        Assert.Equal("GaveUp", refusedSpans[1].GetTagItem("outbox.failure"));
        Assert.All(refusedSpans, s => Assert.Equal(ActivityStatusCode.Error, s.Status));
        var okCall = Assert.Single(spans, s => s.Source.Name == ConnectorTelemetry.Name && s.ParentSpanId == okSpan.SpanId);
        Assert.Equal("connector send", okCall.OperationName);
        Assert.Equal(ActivityKind.Client, okCall.Kind);
        Assert.Equal(201, okCall.GetTagItem("http.response.status_code"));
        Assert.Equal("127.0.0.1", okCall.GetTagItem("server.address"));
        Assert.All(refusedSpans, attempt => Assert.Equal(500, Assert.Single(spans, s => s.ParentSpanId == attempt.SpanId).GetTagItem("http.response.status_code")));
        Assert.DoesNotContain(spans, s => s.TagObjects.Any(t => t.Value?.ToString()?.Contains("进展已更新") == true));

        // Counters of this bot: one sent, one retried (500), one failed (gave up); connector calls by status.
        Assert.Equal(1, Sum(measured, "outbox.messages.sent"));
        var retried = Assert.Single(measured, m => m.Instrument == "outbox.messages.retried");
        Assert.Equal(500, retried.Tags["http.response.status_code"]);
        var failed = Assert.Single(measured, m => m.Instrument == "outbox.messages.failed");
        Assert.Equal("GaveUp", failed.Tags["outbox.failure"]);
        Assert.Equal(3, measured.Count(m => m.Instrument == "outbox.send.duration"));
        Assert.Equal(1, Sum(measured, "connector.calls", m => (int)m.Tags["http.response.status_code"]! == 201 && (string)m.Tags["bot.connector.operation"]! == "send"));
        Assert.Equal(2, Sum(measured, "connector.calls", m => (int)m.Tags["http.response.status_code"]! == 500));
        Assert.Equal(3, measured.Count(m => m.Instrument == "connector.call.duration"));

        // Gauges, read when asked: nothing waiting, the refused message kept as undeliverable.
        meterListener.RecordObservableInstruments();
        var depth = measured.Where(m => m.Instrument == "outbox.queue.depth").ToDictionary(m => (string)m.Tags["outbox.status"]!, m => m.Value);
        Assert.Equal(0, depth["pending"]);
        Assert.Equal(1, depth["failed"]);
        Assert.Equal(0, Assert.Single(measured, m => m.Instrument == "outbox.queue.oldest_age").Value);
    }

    private static double Sum(IEnumerable<Measured> all, string instrument, Func<Measured, bool>? where = null) =>
        all.Where(m => m.Instrument == instrument && (where?.Invoke(m) ?? true)).Sum(m => m.Value);

    private static Dictionary<string, object?> Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var d = new Dictionary<string, object?>();
        foreach (var t in tags) d[t.Key] = t.Value;
        return d;
    }
}
