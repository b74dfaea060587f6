using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Rules;
using Xunit.Abstractions;

namespace ChatBot.Bot.Tests.Understanding;

/// <summary>The rules alone on the utterance table: the accuracy is printed and must stay at 90 % or more.</summary>
public sealed class RulePathTableTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Rule_path_understands_at_least_90_percent_of_the_table_exactly()
    {
        var rules = new RuleIntentRecognizer(TestClock.Friday());
        var rows = UtteranceTable.Rows;
        var hits = 0;
        foreach (var row in rows)
        {
            var got = await rules.RecognizeAsync(row.Text, Lang.Zh, CancellationToken.None);
            if (Same(row.Expected, got)) hits++;
            else output.WriteLine($"MISS  {row}  expected {Show(row.Expected)}  got {Show(got)}");
        }
        var accuracy = 100.0 * hits / rows.Count;
        output.WriteLine($"rule-path accuracy: {hits}/{rows.Count} = {accuracy:0.0}%");
        Assert.True(rows.Count >= 80, "the table needs at least 80 utterances");
        Assert.True(accuracy >= 90, $"rule-path accuracy {accuracy:0.0}% is below 90%");
    }

    [Fact]
    public void Table_covers_every_intent_in_the_catalogue()
    {
        // Every verb a message can be understood as (card-only verbs are clicked, never said).
        var names = CapabilityRegistry.BuiltIn.Verbs.Where(v => v.Reach != VerbReach.CardOnly).Select(v => v.Verb.Name);
        var covered = UtteranceTable.Rows.Select(r => r.Intent).ToHashSet();
        Assert.Subset(covered, names.ToHashSet());
    }

    internal static bool Same(Intent expected, Intent got) =>
        expected.Name == got.Name
        && expected.Slots.Count == got.Slots.Count
        && expected.Slots.All(s => got.Slots.TryGetValue(s.Key, out var v) && v == s.Value);

    internal static string Show(Intent intent) =>
        intent.Name + "{" + string.Join(", ", intent.Slots.Select(s => $"{s.Key}={(s.Value.Length > 30 ? s.Value[..30] + "…" : s.Value)}")) + "}";
}
