using System.Text.Json.Nodes;
using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Tests.Channel;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake.Review;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ChatBot.Dialogs.Features.Delivery;
using ChatBot.Dialogs.Features.Intake;

namespace ChatBot.Bot.Tests.Production;

/// <summary>
/// After 确认下发 the office learns the truth once every notice has been tried — delivered, waiting for the
/// app (by name), failed (with the reason) — and 重发未送达 re-sends to the unreached only, office only, also
/// after a restart on the same store. Production mode: Bot:AppId set, signed channel tokens, the bot's own
/// token from the loopback Entra endpoint.
/// </summary>
public sealed class DispatchDeliveryReportTests : IAsyncLifetime
{
    private const string Channel = "19:delivery-office@thread.tacv2";
    private const string Minutes = """
        局务会议纪要
        2026年11月25日，局务会议研究部署近期重点工作。
        一、市政工程处要在12月15日前完成城区桥梁安全隐患排查。
        二、市环卫处负责在12月20日前完成冬季道路保洁作业方案的报送。
        """;

    private EntraTokenEndpoint _entra = null!;
    private SignedInBot _bot = null!;
    private ChatBot.Bot.Tests.EndToEnd.BotFixture F => _bot.F;

    public async Task InitializeAsync()
    {
        _entra = await EntraTokenEndpoint.StartAsync();
        _entra.Answer();
        _bot = await SignedInBot.StartAsync(new Dictionary<string, string?>
        {
            // Two attempts, quickly: a notice the connector keeps refusing is given up within the test.
            ["Outbox:MaxAttempts"] = "2",
            ["Outbox:RetryBaseDelay"] = "00:00:00.100",
            ["Outbox:RetryMaxDelay"] = "00:00:00.200",
        }, services => services.Replace(ServiceDescriptor.Singleton<IConnectorTokenProvider>(sp => new ConnectorTokenProvider(
            _entra.Credential(), "https://api.botframework.com/.default", TimeProvider.System, sp.GetRequiredService<ILogger<ConnectorTokenProvider>>()))));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _entra.DisposeAsync();
    }

    [Fact]
    public async Task The_office_gets_the_report_and_resends_to_the_unreached_only_across_a_restart()
    {
        var office = F.Member(m => m.Id == "m007");
        var szgcHead = F.Member(m => m.Id == "m047");   // wrote to the bot: delivered
        var szgcLiaison = F.Member(m => m.Id == "m049"); // never seen in Teams: waiting
        var hwcHead = F.Member(m => m.Id == "m037");    // wrote to the bot, but the connector refuses his chat: failed
        var hwcLiaison = F.Member(m => m.Id == "m039"); // never seen in Teams: waiting
        await GreetAsync(szgcHead);
        await GreetAsync(hwcHead);
        F.Connector.Respond = c => c.Method == "POST" && c.Path.Contains($"a:29:{hwcHead.Id}", StringComparison.Ordinal) ? (500, null) : null;

        await ConfirmDispatchAsync(office);
        var meeting = Assert.Single(F.Store.Meetings.All());

        var report = CardText(await WaitForAsync(() => Cards(Channel).FirstOrDefault(c => Text(c).Contains("下发送达情况")), "the first delivery report"));
        Assert.Contains($"下发送达情况 · {meeting.Title}", report);
        Assert.Contains("已送达\n1 人", report);
        Assert.Contains("等待安装\n2 人", report);
        Assert.Contains("发送失败\n1 人", report);
        Assert.Contains($"{hwcLiaison.Name}、{szgcLiaison.Name}", report); // by roster order
        Assert.Contains($"{hwcHead.Name}：Teams 多次没有接收", report);
        Assert.DoesNotContain(szgcHead.Name, report);
        var resendButton = Button(Cards(Channel).First(c => Text(c).Contains("下发送达情况")), DeliveryCapability.Resend);
        Assert.Equal(meeting.Id, resendButton["meeting"]!.GetValue<string>());
        Assert.Single(Cards(Channel), c => Text(c).Contains("下发送达情况"));

        // A unit head may neither see the report nor resend — typed or with the office's button.
        Assert.Contains("只有督办室", await SayAsync(szgcHead, "重发未送达"));
        Assert.Contains("只有督办室", await ClickAsync(szgcHead, $"a:29:{szgcHead.Id}", "personal", resendButton));
        Assert.Equal(3, Outbox().Failures().Count(m => m.Id.StartsWith($"dispatch:{meeting.Id}:", StringComparison.Ordinal)));

        // Restart on the same store. Meanwhile 任强 was matched to his Teams account and the connector recovered.
        await F.RestartAsync();
        F.Store.Write(s =>
        {
            var m = s.Roster.Member(szgcLiaison.Id);
            m.ChannelUserId = $"29:{szgcLiaison.Id}";
            s.Roster.UpdateMember(m);
        });
        F.Connector.Respond = null;

        var answer = await ClickAsync(office, Channel, "channel", resendButton);
        Assert.Contains("已重新发送", answer);
        Assert.Contains("3 人", answer);
        var second = CardText(await WaitForAsync(() => Cards(Channel).FirstOrDefault(c => Text(c).Contains("第 1 次重发后")), "the report after the resend"));
        Assert.Contains("已送达\n3 人", second);
        Assert.Contains("等待安装\n1 人", second);
        Assert.Contains("发送失败\n0 人", second);
        Assert.Contains(hwcLiaison.Name, second);

        // Everyone reached has the card exactly once: the resend skipped 吕建华, who had it before the restart.
        Assert.Equal(1, DispatchCardsTo($"a:29:{szgcHead.Id}"));
        Assert.Equal(1, DispatchCardsTo($"a:29:{hwcHead.Id}"));
        Assert.Equal(1, Conversations(szgcLiaison).Sum(DispatchCardsTo));

        // In English, from the office's own chat: only the one still unreached is tried again; the report comes there.
        await GreetAsync(office);
        var english = await SayAsync(office, "resend to unreached", "en-US");
        Assert.Contains("Resending the notice", english);
        Assert.Contains($"to 1: {hwcLiaison.Name}", english);
        var third = CardText(await WaitForAsync(() => Cards($"a:29:{office.Id}").FirstOrDefault(c => Text(c).Contains("after resend 2")), "the English report"));
        Assert.Contains("Waiting for the app\n1 person", third);
        Assert.Contains("Delivered\n3 people", third);
        Assert.Equal(1, DispatchCardsTo($"a:29:{szgcHead.Id}"));
        Assert.Equal(1, DispatchCardsTo($"a:29:{hwcHead.Id}"));
        Assert.Equal(2, F.Store.Lite().Audit.Count(a => a.EntityId == meeting.Id && a.Action == "resend"));
    }

    [Fact]
    public async Task A_403_is_reported_as_removed_or_blocked_apart_from_those_who_never_installed()
    {
        var office = F.Member(m => m.Id == "m007");
        var szgcHead = F.Member(m => m.Id == "m047");
        var hwcHead = F.Member(m => m.Id == "m037"); // had the app, then removed or blocked it: Teams answers 403
        await GreetAsync(szgcHead);
        await GreetAsync(hwcHead);
        F.Connector.Respond = c => c.Method == "POST" && c.Path.Contains($"a:29:{hwcHead.Id}", StringComparison.Ordinal) ? (403, null) : null;

        await ConfirmDispatchAsync(office);
        var report = CardText(await WaitForAsync(() => Cards(Channel).FirstOrDefault(c => Text(c).Contains("下发送达情况")), "the delivery report"));
        Assert.Contains("已送达\n1 人", report);
        Assert.Contains("等待安装\n2 人", report);
        Assert.Contains("已卸载或屏蔽\n1 人", report);
        Assert.Contains("发送失败\n0 人", report);
        var removedSection = report.IndexOf("已将其卸载或屏蔽", StringComparison.Ordinal);
        Assert.True(removedSection > 0, report);
        Assert.Contains(hwcHead.Name, report[removedSection..]);
        Assert.DoesNotContain(hwcHead.Name, report[..removedSection]); // not among those who never installed
        // One refusal, and his address is marked: nothing more is sent into that chat.
        Assert.Equal(1, F.Connector.Calls.Count(c => c.Status == 403));
        Assert.NotNull(F.Store.Addresses.Get(ConversationAddress.ForMember(hwcHead.Id))!.RemovedAt);
    }

    [Fact]
    public async Task Nothing_to_resend_when_everyone_has_the_notice_and_the_report_on_demand_says_so()
    {
        var office = F.Member(m => m.Id == "m007");
        foreach (var id in new[] { "m047", "m049", "m037", "m039" }) await GreetAsync(F.Member(m => m.Id == id));
        await ConfirmDispatchAsync(office);
        var report = CardText(await WaitForAsync(() => Cards(Channel).FirstOrDefault(c => Text(c).Contains("下发送达情况")), "the delivery report"));
        Assert.Contains("已送达\n4 人", report);
        Assert.Contains("全部送达", report);
        Assert.DoesNotContain("重发未送达", report);

        await GreetAsync(office);
        Assert.Contains("无需重发", await SayAsync(office, "重发未送达"));
        var onDemand = await SayAsync(office, "送达情况");
        Assert.Contains("已送达\n4 人", onDemand);
        Assert.Equal(0, F.Store.Lite().Audit.Count(a => a.Action == "resend"));
    }

    // --- helpers -------------------------------------------------------------------------------

    private ChatBot.Bot.Outbox.Outbox Outbox() => F.Bot.Get<ChatBot.Bot.Outbox.Outbox>();

    private async Task GreetAsync(Member member)
    {
        var before = F.Connector.SentActivities().Count;
        Assert.Equal(200, (int)(await _bot.SayAsync(member, "帮助")).StatusCode);
        await F.Connector.WaitForActivitiesAsync(before + 1);
    }

    /// <summary>The office pastes the minutes in the channel and clicks 确认下发 on the review card.</summary>
    private async Task ConfirmDispatchAsync(Member office)
    {
        var paste = Activities.Message(F.Connector.ServiceUrl, $"29:{office.Id}", Minutes, aadObjectId: office.AadObjectId, conversationId: Channel, conversationType: "channel");
        Assert.Equal(200, (int)(await _bot.PostAsync(paste)).StatusCode);
        var review = await WaitForAsync(() => Cards(Channel).LastOrDefault(c => Text(c).Contains("会议事项提取")), "the review card");
        var done = await ClickAsync(office, Channel, "channel", Button(review, IntakeCapability.Confirm));
        Assert.Contains("已下发", done);
    }

    private async Task<string> SayAsync(Member member, string text, string locale = "zh-CN")
    {
        var a = Activities.Message(F.Connector.ServiceUrl, $"29:{member.Id}", text, locale, member.AadObjectId);
        return await TurnAsync(a, $"a:29:{member.Id}");
    }

    private async Task<string> ClickAsync(Member member, string conversationId, string conversationType, JsonObject data)
    {
        var a = Activities.Message(F.Connector.ServiceUrl, $"29:{member.Id}", "", aadObjectId: member.AadObjectId, conversationId: conversationId, conversationType: conversationType);
        a.Remove("text");
        a["value"] = data.DeepClone();
        return await TurnAsync(a, conversationId);
    }

    /// <summary>Posts the activity; returns the bot's replies to it (text and cards), once the first arrived.</summary>
    private async Task<string> TurnAsync(JsonObject activity, string conversationId)
    {
        var id = activity["id"]!.GetValue<string>();
        Assert.Equal(200, (int)(await _bot.PostAsync(activity)).StatusCode);
        var reply = await WaitForAsync(() => F.Connector.SentActivities().FirstOrDefault(a => Conversation(a) == conversationId && a["replyToId"]?.GetValue<string>() == id),
            $"a reply to {id}");
        await Task.Delay(100); // a turn may answer with a text and then a card
        return string.Join("\n", F.Connector.SentActivities().Where(a => Conversation(a) == conversationId && a["replyToId"]?.GetValue<string>() == id)
            .Select(a => a["text"]?.GetValue<string>() + "\n" + Activities.CardText(a)));
    }

    private static string? Conversation(JsonObject a) => a["conversation"]?["id"]?.GetValue<string>();

    private IEnumerable<JsonObject> Cards(string conversationId) =>
        F.Connector.SentActivities().Where(a => Conversation(a) == conversationId && a["attachments"] is not null);

    private static string Text(JsonObject activity) => Activities.CardText(activity) ?? "";

    private static string CardText(JsonObject activity) => Text(activity);

    /// <summary>How many dispatch cards (the one with the directive) reached this conversation.</summary>
    private int DispatchCardsTo(string conversationId) =>
        Cards(conversationId).Count(c => Text(c).Contains("城区桥梁安全隐患排查") || Text(c).Contains("冬季道路保洁作业方案"));

    /// <summary>The conversations the bot opened or knows for the member (a created 1:1 chat has the connector's id).</summary>
    private IEnumerable<string> Conversations(Member member) =>
        F.Store.Lite().Addresses.Find(a => a.MemberId == member.Id).Select(a => a.ConversationId).Distinct();

    private static JsonObject Button(JsonObject activity, string verb) =>
        Buttons(activity["attachments"]![0]!["content"]!).First(b => b["data"]?["verb"]?.GetValue<string>() == verb)["data"]!.AsObject();

    private static IEnumerable<JsonObject> Buttons(JsonNode node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Submit" => [o],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Buttons(p.Value)),
        JsonArray arr => arr.SelectMany(x => x is null ? [] : Buttons(x)),
        _ => [],
    };

    private static async Task<T> WaitForAsync<T>(Func<T?> find, string what, int timeoutMs = 20_000) where T : class
    {
        var until = Environment.TickCount64 + timeoutMs;
        while (Environment.TickCount64 < until)
        {
            if (find() is { } found) return found;
            await Task.Delay(25);
        }
        return find() ?? throw new Xunit.Sdk.XunitException($"timed out waiting for {what}");
    }
}
