using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Reminders;

namespace ChatBot.Bot.Tests.Features.ReminderSettings;

/// <summary>
/// 我的提醒设置 through the real bot (its store a LiteDB file): Friday 27 Nov 2026, the head of 市政工程处
/// asks in Chinese, pauses, asks in English and resumes with the card's own button.
/// </summary>
public class ReminderSettingsTests : IAsyncLifetime
{
    private BotFixture _f = null!;

    public async Task InitializeAsync() => _f = await BotFixture.StartAsync();
    public async Task DisposeAsync() => await _f.DisposeAsync();

    private async Task<JsonObject> ReplyTo(Member member, string text, string locale = "zh-CN")
    {
        var before = _f.Connector.SentActivities().Count;
        await _f.SayAsync(member, text, locale);
        var sent = await _f.Connector.WaitForActivitiesAsync(before + 1);
        Assert.True(sent.Count > before, $"no reply to \"{text}\"");
        return sent[before];
    }

    private async Task<JsonObject> Click(Member member, JsonObject actionData)
    {
        var before = _f.Connector.SentActivities().Count;
        var activity = Activities.Message(_f.Connector.ServiceUrl, $"29:{member.Id}", "", aadObjectId: member.AadObjectId);
        activity.Remove("text");
        activity["value"] = actionData.DeepClone();
        await _f.Http.PostAsync(_f.Bot.BaseUrl, activity);
        var sent = await _f.Connector.WaitForActivitiesAsync(before + 1);
        Assert.True(sent.Count > before, "no reply to the click");
        return sent[before];
    }

    /// <summary>The card's first button (pause or resume); the second switches between instant reminders and a daily digest.</summary>
    private static JsonObject OnlyAction(JsonObject reply)
    {
        var actions = reply["attachments"]![0]!["content"]!["actions"]!.AsArray();
        Assert.Equal(2, actions.Count);
        Assert.Equal("reminderPreference", actions[1]!["data"]!["verb"]!.GetValue<string>());
        return actions[0]!["data"]!.AsObject();
    }

    [Fact]
    public async Task A_head_sees_their_settings_in_chinese_pauses_sees_them_in_english_and_resumes_from_the_card()
    {
        var unit = _f.Unit("市政工程处");
        var head = _f.Member(m => m.HasRole(unit.Id, UnitRole.Head));

        var zh = await ReplyTo(head, "我的提醒设置");
        Assert.Equal("我的提醒设置：正常接收。", zh["text"]!.GetValue<string>());
        var card = Activities.CardText(zh)!;
        Assert.Contains("正常接收", card);
        Assert.Contains("工作日 09:00–18:00", card);
        Assert.Contains("截止前 3 个工作日起", card);
        Assert.Contains("逾期 2 个工作日后告知分管领导和督办员（暂停提醒不影响）", card);
        Assert.Contains("• 点名由您承办的事项：临近、到期和逾期提醒", card);
        Assert.Contains("• 市政工程处（负责人）：未点名承办人的事项，以及传达会议催办", card);
        Assert.Contains("今天暂停提醒", card);
        Assert.Equal(PauseCapability.Pause.Name, OnlyAction(zh)["verb"]!.GetValue<string>());

        var paused = await ReplyTo(head, "暂停提醒3天");
        Assert.Contains("2026年11月29日（周日）前不再向您推送提醒", paused["text"]!.GetValue<string>());

        var en = await ReplyTo(head, "my reminder settings", "en-US");
        Assert.Equal("My reminder settings: Paused until Sun 29 Nov 2026 inclusive.", en["text"]!.GetValue<string>());
        var enCard = Activities.CardText(en)!;
        Assert.Contains("working days, 09:00–18:00", enCard);
        Assert.Contains("• 市政工程处 (head): its items with no one named, and the relay meeting chase", enCard);
        Assert.DoesNotContain("正常接收", enCard);
        var resume = OnlyAction(en);
        Assert.Equal(PauseCapability.Resume.Name, resume["verb"]!.GetValue<string>());

        var resumed = await Click(head, resume);
        Assert.Equal("已恢复提醒。", resumed["text"]!.GetValue<string>());
        Assert.Null(_f.Store.Reminders.Pause(head.Id));
        Assert.Equal("我的提醒设置：正常接收。", (await ReplyTo(head, "提醒设置"))["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_office_is_told_of_escalations_and_the_digest_and_a_staff_member_only_of_their_named_items()
    {
        var office = _f.Member(m => m.IsOffice);
        var officeCard = Activities.CardText(await ReplyTo(office, "我的提醒设置"))!;
        Assert.Contains("督办员：各单位的逾期事项督办，以及每天 09:00 起的督办日报", officeCard);

        var staff = _f.Member(m => !m.IsOffice && !m.IsLeader && m.Memberships.All(x => x.Role == UnitRole.Staff));
        var staffCard = Activities.CardText(await ReplyTo(staff, "reminder settings", "en-US"))!;
        Assert.Contains("• Items you are named on: due soon, due today and overdue", staffCard);
        Assert.DoesNotContain("relay meeting chase", staffCard);
        Assert.DoesNotContain("Office:", staffCard);
    }

    [Fact]
    public async Task Help_lists_it_in_both_languages_and_the_host_registered_every_built_in_capability()
    {
        var staff = _f.Member(m => !m.IsOffice);
        Assert.Contains("“我的提醒设置”", Activities.CardText(await ReplyTo(staff, "帮助"))!);
        Assert.Contains("\"my reminder settings\"", Activities.CardText(await ReplyTo(staff, "help", "en-US"))!);
        // One AddCapability line per capability: a folder without its line would be missing here.
        Assert.Equal(CapabilityRegistry.BuiltIn.Capabilities.Select(c => c.Name), _f.Bot.Get<CapabilityRegistry>().Capabilities.Select(c => c.Name));
    }
}
