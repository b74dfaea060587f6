using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Bot.Tests.Outbox;

/// <summary>
/// The real parts wired together: a LiteDB temp file, the real ConnectorClient over HTTP to the
/// loopback fake, and the dispatcher on simulated time. <see cref="Restart"/> reopens the same file
/// with fresh objects, as a new process would.
/// </summary>
public sealed class OutboxRig : IAsyncDisposable
{
    public const string Tenant = "tenant-1";
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"outbox-test-{Guid.NewGuid():N}.db");
    private readonly HttpClient _http = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
    public FakeConnector Connector { get; private set; } = null!;
    public OutboxOptions Options { get; } = new();
    public IStore Store { get; private set; } = null!;
    public ChatBot.Bot.Outbox.Outbox Outbox { get; private set; } = null!;
    public OutboxDispatcher Dispatcher { get; private set; } = null!;
    /// <summary>Wraps the connector the dispatcher calls; tests replace it to simulate a crash mid-call.</summary>
    public Func<IConnectorClient, IConnectorClient> WrapConnector { get; set; } = c => c;

    public static async Task<OutboxRig> StartAsync(Action<OutboxOptions>? configure = null)
    {
        var rig = new OutboxRig();
        configure?.Invoke(rig.Options);
        rig.Connector = await FakeConnector.StartAsync(rig.Time, pathBase: "/");
        rig.Connector.HonoursClientIds = true;
        rig.Open();
        return rig;
    }

    private void Open()
    {
        Store = new LiteDbStore(_path);
        Outbox = new ChatBot.Bot.Outbox.Outbox(Store, Time);
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var connector = WrapConnector(new ConnectorClient(_http, new TrustedServiceUrls(trustAnyLoopback: true)));
        Dispatcher = new OutboxDispatcher(Outbox, connector, new MemberConversations(Store, connector, Options, Time),
            new TeamsRateLimits(Time, options), options, Time, NullLogger<OutboxDispatcher>.Instance);
        Dispatcher.Resume();
    }

    /// <summary>The process is gone (whatever it had in flight never completes); a new one opens the same file.</summary>
    public void Restart()
    {
        Store.Dispose();
        Open();
    }

    public bool Enqueue(string key, string conversationId, string text, string? updateActivityId = null) =>
        Outbox.Enqueue(key, OutboxTarget.Conversation(Tenant, Connector.ServiceUrl, conversationId),
            new Activity { Type = Activity.Types.Message, Text = text }, updateActivityId);

    /// <summary>One scheduling pass, then wait for the calls it started to be answered and recorded.</summary>
    public async Task PumpAsync()
    {
        Dispatcher.DispatchDue();
        await Dispatcher.DrainAsync();
    }

    /// <summary>Pumps and advances simulated time by <paramref name="step"/> until <paramref name="done"/>.</summary>
    public async Task RunAsync(TimeSpan step, Func<bool> done, int maxSteps = 10_000)
    {
        for (var i = 0; i < maxSteps && !done(); i++)
        {
            await PumpAsync();
            if (done()) return;
            Time.Advance(step);
        }
        Assert.True(done(), "the outbox did not finish within the simulated time");
    }

    public async ValueTask DisposeAsync()
    {
        await Dispatcher.DrainAsync().WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
        Store.Dispose();
        await Connector.DisposeAsync();
        _http.Dispose();
        foreach (var f in Directory.GetFiles(Path.GetDirectoryName(_path)!, Path.GetFileNameWithoutExtension(_path) + "*"))
            try { File.Delete(f); } catch (IOException) { }
    }
}
