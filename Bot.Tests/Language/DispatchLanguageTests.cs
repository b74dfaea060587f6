using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Features.Intake.Chat;
using ChatBot.Bot.Tests.Features.Relay;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Features.Intake.Review;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Features.Intake;

namespace ChatBot.Bot.Tests.Language;

/// <summary>
/// Dispatch cards go out in each recipient's own language, learned from what they sent the bot: the
/// real bot over HTTP, the sample roster in a LiteDB file, the office dispatching in Chinese.
/// </summary>
public class DispatchLanguageTests : IntakeChatTest
{
    [Fact]
    public async Task An_english_member_gets_an_english_dispatch_card_and_it_stays_english_after_signing_while_a_chinese_member_gets_chinese()
    {
        var head = _f.Member("m047");    // 市政工程处 head, writes from an en-US client
        var liaison = _f.Member("m049"); // 市政工程处 liaison, zh-CN
        await _f.SayAsync(head, "help", locale: "en-US");
        await _f.NextReplyAsync(head, 1);
        await _f.SayAsync(liaison, "帮助", locale: "zh-CN");
        await _f.NextReplyAsync(liaison, 1);
        Assert.Equal("en-US", _f.Member("m047").Locale);
        Assert.Equal("zh-CN", _f.Member("m049").Locale);

        await _chat.SayAsync(_chat.Office, IntakeChat.Minutes);
        var done = await _chat.ClickAsync(_chat.Office, IntakeCapability.Confirm, _chat.Button(IntakeCapability.Confirm));
        Assert.Contains("已下发", done); // the office clicked in Chinese and is answered in Chinese

        var english = await _f.NextReplyAsync(head, 2);
        var englishText = RelayFixture.Text(english);
        Assert.Contains("New directives: 局党组会议纪要", englishText);
        Assert.Contains("Directives for your unit", englishText);
        Assert.Contains("Sign for receipt", englishText);
        Assert.DoesNotContain("督办交办通知", englishText);
        Assert.DoesNotContain("签收", englishText);
        EnglishPunctuation.AssertAscii(EnglishPunctuation.Template(englishText, DataShown()));

        var chinese = RelayFixture.Text(await _f.NextReplyAsync(liaison, 2));
        Assert.Contains("督办交办通知", chinese);
        Assert.Contains("签收", chinese);
        Assert.DoesNotContain("Directives for your unit", chinese);

        // The channel's status card is read by everyone there: the bureau's language (zh-CN by default).
        var until = Environment.TickCount64 + 10_000;
        while (!_f.StatusCards().Any(c => RelayFixture.Text(c).Contains("传达落实情况")) && Environment.TickCount64 < until) await Task.Delay(20);
        Assert.Contains(_f.StatusCards(), c => RelayFixture.Text(c).Contains("传达落实情况 · 局党组会议纪要"));

        // 签收 on the English card: the card that replaces it is English too — also from a client that sends no locale.
        var signData = ExecuteData(english, RelayCapability.SignFor);
        var signed = RelayFixture.CardText(await _f.InvokeAsync(head, RelayCapability.SignFor, signData, "en-US"));
        Assert.Contains("Signed for by", signed);
        Assert.Contains("Directives for your unit", signed);
        Assert.DoesNotContain("签收", signed);
        var again = RelayFixture.CardText(await _f.InvokeAsync(head, RelayCapability.SignFor, signData, locale: ""));
        Assert.Contains("Already signed for by", again);
        Assert.DoesNotContain("督办交办通知", again);
    }

    [Fact]
    public async Task A_member_who_never_wrote_gets_the_bureaus_language()
    {
        await _chat.GreetAsync("m037"); // 市环卫处 head, addressed 1:1 through an earlier 帮助 (zh-CN)
        Assert.Equal("zh-CN", _f.Member("m037").Locale);
        await _chat.SayAsync(_chat.Office, IntakeChat.Minutes);
        await _chat.ClickAsync(_chat.Office, IntakeCapability.Confirm, _chat.Button(IntakeCapability.Confirm));
        Assert.Contains("督办交办通知", RelayFixture.Text(await _f.NextReplyAsync(_f.Member("m037"), 2)));
        Assert.Null(_f.Member("m048").Locale); // the deputy never wrote: nothing learned, nothing guessed
    }

    /// <summary>What the cards show as data (written by people, in Chinese): titles, sources, tasks, deadlines as written, names.</summary>
    private string[] DataShown()
    {
        var meeting = _f.Store.Meetings.All().Single();
        return [meeting.Title, .. meeting.Relay.Select(r => r.Source ?? ""), .. meeting.Relay.Select(r => r.DeadlineText ?? ""),
            .. _f.Store.Lite().Assignments.FindAll().SelectMany(a => new[] { a.Task, a.DeadlineText ?? "" }),
            .. _f.Store.Roster.Units().Select(u => u.Name)];
    }

    private static JsonObject ExecuteData(JsonObject activity, string verb) =>
        Actions(activity["attachments"]![0]!["content"]!).First(a => a["verb"]?.GetValue<string>() == verb)["data"]!.AsObject();

    private static IEnumerable<JsonObject> Actions(JsonNode node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" => [o],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Actions(p.Value)),
        JsonArray a => a.SelectMany(x => x is null ? [] : Actions(x)),
        _ => [],
    };
}
