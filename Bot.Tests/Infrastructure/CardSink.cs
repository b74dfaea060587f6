using System.Text.Json.Nodes;

namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>
/// Every activity with an Adaptive Card the bot sends in end-to-end tests is written here, so CI can
/// run Microsoft's card validator over all of them (.ci/run).
/// </summary>
public static class CardSink
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "cards");
    /// <summary>Every outgoing activity (cards or not), for the activity checker.</summary>
    public static readonly string ActivityFolder = Path.Combine(AppContext.BaseDirectory, "activities");
    private static int _count;

    /// <summary>The shared fake connector (TestKit) hands every activity it delivers to the sink, in every test.</summary>
    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void RecordWhatTheFakeConnectorDelivers() => FakeConnector.Recorder = Record;

    public static void Record(JsonNode activity, string source)
    {
        var name = $"{Interlocked.Increment(ref _count):D5}-{Environment.ProcessId}-{Sanitize(source)}.json";
        // Wire activities only: not an invoke response ({statusCode, type, value}), nor a card an engine-level test wrapped.
        if (activity["type"] is not null && activity["statusCode"] is null && activity["conversation"] is not null)
        {
            Directory.CreateDirectory(ActivityFolder);
            File.WriteAllText(Path.Combine(ActivityFolder, name), activity.ToJsonString());
        }
        if (!HasCard(activity)) return;
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, name), activity.ToJsonString());
    }

    private static bool HasCard(JsonNode node) => node.ToJsonString().Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal);

    private static string Sanitize(string s) => new(s.Select(c => char.IsLetterOrDigit(c) ? c : '-').Take(40).ToArray());
}
