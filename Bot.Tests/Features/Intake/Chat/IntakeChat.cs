using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Features.Relay;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake.Review;

namespace ChatBot.Bot.Tests.Features.Intake.Chat;

/// <summary>
/// Intake over HTTP in the office channel of <see cref="RelayFixture"/> (real bot, sample roster, fake
/// connector, Friday 2026-11-27 10:00 Beijing): typing, attaching files and clicking the review card.
/// </summary>
public sealed class IntakeChat(RelayFixture f)
{
    public const string Channel = RelayFixture.Channel;
    private static int _next;

    public RelayFixture F { get; } = f;
    public Member Office => F.Member("m007");
    public Member Staff => F.Member("m050");

    public const string Minutes = """
        局党组会议纪要
        2026年11月25日，局党组召开会议，传达学习上级会议精神，研究部署近期重点工作。会议要求如下。
        会后，局属各单位要迅速召开班子会议、干部职工大会，对会议精神传达贯彻落实。
        一、市政工程处要在12月15日前完成金南大道西延线工程进度核查。
        二、局人事科要在12月底前完成全局干部教育培训计划的制定工作。
        三、市环卫处负责在12月20日前完成达川区环卫市场化改革方案的报送。
        各单位要提高政治站位，切实抓好落实，确保各项工作按期完成。
        """;

    /// <summary>Types in the office channel; returns the bot's answer there: its replies, then the review card as it now stands.</summary>
    public async Task<string> SayAsync(Member who, string text, string locale = "zh-CN", JsonArray? attachments = null)
    {
        var a = Activities.Message(F.Connector.ServiceUrl, $"29:{who.Id}", text, locale, who.AadObjectId, Channel, "channel");
        a["id"] = $"intake-{Interlocked.Increment(ref _next)}";
        if (attachments is not null) a["attachments"] = attachments;
        return await TurnAsync(a);
    }

    /// <summary>Clicks a review card button (Action.Submit) in the channel.</summary>
    public async Task<string> ClickAsync(Member who, string verb, JsonObject data, string locale = "zh-CN")
    {
        var a = Activities.Message(F.Connector.ServiceUrl, $"29:{who.Id}", "", locale, who.AadObjectId, Channel, "channel");
        a["id"] = $"intake-{Interlocked.Increment(ref _next)}";
        a.Remove("text");
        var value = data.DeepClone().AsObject();
        value["verb"] = verb;
        a["value"] = value;
        return await TurnAsync(a);
    }

    private async Task<string> TurnAsync(JsonObject activity)
    {
        var before = Replies().Count;
        var cards = ReviewCardCalls().Count;
        var revision = Revision();
        (await F.Http.PostAsync(F.BaseUrl, activity)).EnsureSuccessStatusCode();
        // The answer is a reply, a new version of the review card (through the outbox), or both.
        var until = Environment.TickCount64 + 15_000;
        while (Replies().Count <= before && ReviewCardCalls().Count <= cards && Environment.TickCount64 < until) await Task.Delay(20);
        if (Revision() > revision)
            while (ReviewCardCalls().Count <= cards && Environment.TickCount64 < until) await Task.Delay(20);
        // Several messages may belong to one turn (text, then card): wait a moment for the rest.
        await Task.Delay(150);
        var said = Replies().Skip(before).Select(RelayFixture.Text).ToList();
        if (ReviewCardCalls().Count > cards) said.Add(RelayFixture.Text(ReviewCardCalls()[^1].Body));
        return string.Join("\n", said);
    }

    /// <summary>The version of the open review's card, from the store (0 when none is open).</summary>
    private int Revision() =>
        F.Store.Lite().IntakeDrafts.FindAll().Select(p => IntakeDraft.Read(p.Data)?.Revision ?? 0).DefaultIfEmpty(0).Max();

    /// <summary>The bot's answers to turns in the channel (replies carry replyToId; cards from the outbox do not).</summary>
    public IReadOnlyList<JsonObject> Replies() =>
        F.Connector.SentActivities().Where(a => a["conversation"]?["id"]?.GetValue<string>() == Channel && a["replyToId"] is not null).ToList();

    /// <summary>Every post (POST) and in-place update (PUT) of a review card in the channel, in order.</summary>
    public IReadOnlyList<FakeConnector.Call> ReviewCardCalls() =>
        F.Connector.Calls.Where(c => c.Method is "POST" or "PUT" && c.Body is { } b && !c.Path.Contains('[')
                && b["conversation"]?["id"]?.GetValue<string>() == Channel && b["replyToId"] is null
                && Activities.CardText(b) is { } t && (t.Contains("会议事项提取 · 待审核") || t.Contains("Extracted directives · for review")))
            .ToList();

    /// <summary>The review card as it now stands (its last post or update).</summary>
    public JsonObject? LastCard() =>
        ReviewCardCalls().LastOrDefault()?.Body?["attachments"]?[0]?["content"]?.AsObject()
        ?? Replies().LastOrDefault(r => r["attachments"] is not null)?["attachments"]?[0]?["content"]?.AsObject();

    /// <summary>The data of a button on the last review card.</summary>
    public JsonObject Button(string verb) =>
        Buttons(LastCard()!).First(b => b["data"]?["verb"]?.GetValue<string>() == verb)["data"]!.AsObject();

    private static IEnumerable<JsonObject> Buttons(JsonNode node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Submit" => [o],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Buttons(p.Value)),
        JsonArray arr => arr.SelectMany(x => x is null ? [] : Buttons(x)),
        _ => [],
    };

    /// <summary>Members say hello 1:1 so the bot has an address for their dispatch messages.</summary>
    public async Task GreetAsync(params string[] memberIds)
    {
        foreach (var id in memberIds)
        {
            var m = F.Member(id);
            var before = F.RepliesTo(m).Count;
            await F.SayAsync(m, "帮助");
            await F.NextReplyAsync(m, before + 1);
        }
    }

}
