using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake;
using ChatBot.Dialogs.Features.Intake.Extraction;
using ChatBot.Dialogs.Features.Intake.Llm;
using ChatBot.Dialogs.Features.Roster;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Understanding.Rules;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using ChatBot.Dialogs.Storage.LiteDb;

namespace ChatBot.Bot.Tests.Features.Intake.Llm;

/// <summary>Through the turn engine: when the LLM fails, the review card says plainly that the rules were used.</summary>
public class FallbackCardTests
{
    internal static async Task<TurnResult> SendAsync(IChatClient chat, string locale = "zh-CN", string? text = null, IStore? store = null)
    {
        store ??= new LiteDbStore(new MemoryStream());
        RosterLoader.SeedIfEmpty(store, RosterLoader.ReadJson(Path.Combine(IntakeFixtures.RepoRoot, "seeds", "org.json")));
        var clock = new BureauClock(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero)), BureauClock.ResolveZone(null));
        var intake = new IntakeFeature(new LlmMeetingExtractor(chat, new ExtractionOptions(), new LlmExtractionOptions()), new IntakeOptions(), new ExtractionOptions());
        var engine = new TurnEngine(store, clock, new RuleIntentRecognizer(clock), [intake], NullLogger<TurnEngine>.Instance);
        var office = store.Roster.Member("m007");
        return await engine.HandleAsync(new TurnRequest
        {
            ConversationId = "19:office@thread.tacv2", ConversationType = "channel", Locale = locale,
            Speaker = new Speaker($"29:{office.Id}", office.AadObjectId, null, office.Name), Text = text ?? IntakeFixtures.Sample,
        }, CancellationToken.None);
    }

    /// <summary>The turn's replies and the review card it posts (through the outbox, as every version of that card).</summary>
    internal static string CardText(TurnResult r) => string.Join("\n", r.Replies.Concat(r.Proactive.Select(p => p.Message))
        .Select(x => x.Card?.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? x.Text));

    [Fact]
    public async Task A_failed_llm_is_named_on_the_card_and_the_rules_items_are_shown()
    {
        var chat = ModelJson.Returning(ModelJson.Response("{not json"));
        var zh = CardText(await SendAsync(chat.Object));
        Assert.Contains("本次使用规则提取", zh);
        Assert.Contains("市政工程处", zh);
        Assert.Contains("rule-based extractor was used", CardText(await SendAsync(chat.Object, "en-US")));
    }

    [Fact]
    public async Task A_working_llm_leaves_no_fallback_note()
    {
        var rules = new RuleExtractor().Extract(IntakeFixtures.Sample, IntakeFixtures.Roster, IntakeFixtures.Ref);
        var chat = ModelJson.Returning(ModelJson.Response(ModelJson.AsModel(rules)));
        var card = CardText(await SendAsync(chat.Object));
        Assert.DoesNotContain("本次使用规则提取", card);
        Assert.Contains("第1条", card);
    }
}
