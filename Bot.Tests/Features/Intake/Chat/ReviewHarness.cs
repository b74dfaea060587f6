using System.Text.Json;
using System.Text.Encodings.Web;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake;
using ChatBot.Dialogs.Features.Intake.Extraction;
using ChatBot.Dialogs.Features.Intake.Review;
using ChatBot.Dialogs.Features.Roster;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Understanding.Rules;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Storage.LiteDb;

namespace ChatBot.Bot.Tests.Features.Intake.Chat;

/// <summary>
/// The turn engine with intake and the rule recognizer over a real LiteDB store (sample roster, Friday
/// 2026-11-27 10:00 Beijing), and an extractor that hands the review exactly the items a test gives it —
/// so the review is tested apart from how well the extractor reads (unsure items, "all units").
/// </summary>
internal sealed class ReviewHarness : IDisposable
{
    public const string Channel = "19:review@thread.tacv2";

    public IStore Store { get; } = new LiteDbStore(new MemoryStream());
    public BureauClock Clock { get; } = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero)), BureauClock.ResolveZone(null));
    private readonly TurnEngine _engine;
    private JsonObjectText? _card;

    public ReviewHarness(ExtractionResult given)
    {
        RosterLoader.SeedIfEmpty(Store, RosterLoader.ReadJson(Path.Combine(IntakeFixtures.RepoRoot, "seeds", "org.json")));
        var intake = new IntakeFeature(new Given(given), new IntakeOptions(), new ExtractionOptions());
        _engine = new TurnEngine(Store, Clock, new RuleIntentRecognizer(Clock), [intake], NullLogger<TurnEngine>.Instance);
    }

    public Member Office => Store.Roster.Member("m007");

    /// <summary>The last review card posted or updated, as JSON text (Chinese unescaped) for Contains checks.</summary>
    public string Card => _card?.Text ?? "";
    public int CardVersions { get; private set; }

    /// <summary>Types a message in the channel; returns the replies' texts (the card is kept in <see cref="Card"/>).</summary>
    public async Task<string> SayAsync(string text, string locale = "zh-CN")
    {
        var result = await _engine.HandleAsync(new TurnRequest
        {
            ConversationId = Channel, ConversationType = "channel", Locale = locale,
            Speaker = new Speaker($"29:{Office.Id}", Office.AadObjectId, null, Office.Name), Text = text,
        }, CancellationToken.None);
        foreach (var card in result.Proactive.Where(p => p.UpdateKey?.StartsWith("review:") == true && p.Message.Card is not null))
        {
            _card = new JsonObjectText(card.Message.Card!.ToJsonString(Json));
            CardVersions++;
        }
        return string.Join("\n", result.Replies.Select(r => r.Text ?? r.Card?.ToJsonString(Json)));
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private sealed record JsonObjectText(string Text);

    /// <summary>Item n's task line ("**第n条** …") on the card, to check order and marks.</summary>
    public string ItemLine(int n)
    {
        var at = Card.IndexOf($"**第{n}条**", StringComparison.Ordinal);
        if (at < 0) at = Card.IndexOf($"**Item {n}**", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no item {n} on the card");
        var end = Card.IndexOf('"', at);
        return Card[at..end];
    }

    public static ExtractedDirective Item(string task, string source, string[] owners, string? deadline = null, DateOnly? due = null, bool unsure = false, params string[] assisting)
    {
        var d = new ExtractedDirective { Task = task, Source = source, Owners = owners.ToList(), Assisting = assisting.ToList(), DeadlineText = deadline, Due = due };
        if (unsure) d.NeedsReview.Add(ReviewCodes.Unsure);
        return d;
    }

    /// <summary>The items of the open review, from the store.</summary>
    public List<ExtractedDirective> DraftItems() =>
        IntakeDraft.Read(Store.Lite().IntakeDrafts.FindAll().Single().Data)!.Items;

    /// <summary>The given items, flagged against the roster as an extractor flags them (unknown units, no lead).</summary>
    private sealed class Given(ExtractionResult result) : IMeetingExtractor
    {
        public Task<ExtractionOutcome> ExtractAsync(string text, IReadOnlyList<Unit> roster, DateOnly reference, CancellationToken ct)
        {
            var copy = JsonSerializer.Deserialize<ExtractionResult>(JsonSerializer.Serialize(result))!;
            foreach (var d in copy.Directives) new RosterNames(roster).Reflag(d);
            return Task.FromResult(new ExtractionOutcome(copy, ByRules: true));
        }
    }

    public void Dispose() => Store.Dispose();
}
