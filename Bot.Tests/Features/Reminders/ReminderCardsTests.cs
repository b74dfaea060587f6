using System.Text.Json.Nodes;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Reminders;
using static ChatBot.Bot.Tests.Features.Reminders.ReminderWorld;

namespace ChatBot.Bot.Tests.Features.Reminders;

public class ReminderCardsTests
{
    private static ReminderDue OverdueOn(int day) =>
        Policy(NoDigest()).Due(At(2026, 11, day), Snapshot([Item()])).First(d => d.Kind == ReminderKind.Overdue);

    private static string Texts(JsonObject card) => card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static void AssertIsAdaptiveCard15WithOpenItems(JsonObject card, string buttonTitle)
    {
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        var action = Assert.Single(card["actions"]!.AsArray())!.AsObject();
        Assert.Equal("Action.Submit", (string?)action["type"]);
        Assert.Equal(buttonTitle, (string?)action["title"]);
        Assert.Equal("openItems", (string?)action["data"]!["verb"]);
    }

    [Fact]
    public void Overdue_card_in_Chinese()
    {
        var card = ReminderCards.Build(OverdueOn(23), ReminderTexts.For("zh-CN"));
        AssertIsAdaptiveCard15WithOpenItems(card, "我的待办");
        var json = Texts(card);
        Assert.Contains("督办事项已逾期", json);
        Assert.Contains("第3条 · 逾期3天", json);
        Assert.Contains("开展城区道路扬尘专项整治", json);
        Assert.Contains("市环卫处", json);
        Assert.Contains("2026年11月20日（周五）", json);
        Assert.Contains("Attention", json);
    }

    [Fact]
    public void Overdue_card_in_English()
    {
        var card = ReminderCards.Build(OverdueOn(23), ReminderTexts.For("en-US"));
        AssertIsAdaptiveCard15WithOpenItems(card, "My open items");
        var json = Texts(card);
        Assert.Contains("Item 3 · 3 days overdue", json);
        Assert.Contains("Fri 20 Nov 2026", json);
    }

    [Theory]
    [InlineData(17, "临近", "Due soon")]
    [InlineData(20, "今日到期", "Due today")]
    public void Traffic_light_words(int day, string zh, string en)
    {
        var due = Policy(NoDigest()).Due(At(2026, 11, day), Snapshot([Item()])).Single();
        Assert.Equal(zh, ReminderTexts.Chinese.Light(due));
        Assert.Equal(en, ReminderTexts.English.Light(due));
        Assert.Contains("Warning", Texts(ReminderCards.Build(due, ReminderTexts.Chinese)));
    }

    [Fact]
    public void Escalation_card_tells_the_leader_which_unit_is_late()
    {
        var due = Policy(NoDigest()).Due(At(2026, 11, 24), Snapshot([Item()])).Single(d => d.Kind == ReminderKind.Escalation);
        var json = Texts(ReminderCards.Build(due, ReminderTexts.Chinese));
        Assert.Contains("逾期事项督办", json);
        Assert.Contains("市环卫处承办的事项已逾期4天", json);
    }

    [Fact]
    public void Relay_chase_card_lists_the_missing_forms()
    {
        var meeting = new Meeting
        {
            Id = "mt9", Title = "全市城市管理工作会议", Status = MeetingStatus.Dispatched,
            Relay = [new RelayRequirement { UnitIds = ["srk"], Forms = ["班子会议", "干部职工大会"], Due = new DateOnly(2026, 11, 20) }],
        };
        var due = Policy(NoDigest()).Due(At(2026, 11, 23), Snapshot(meetings: [meeting])).Single();
        var card = ReminderCards.Build(due, ReminderTexts.Chinese);
        AssertIsAdaptiveCard15WithOpenItems(card, "我的待办");
        var json = Texts(card);
        Assert.Contains("传达会议催办", json);
        Assert.Contains("全市城市管理工作会议", json);
        Assert.Contains("班子会议、干部职工大会", json);
        Assert.Contains("逾期3天", json);
        Assert.Contains("Relay meeting not confirmed", Texts(ReminderCards.Build(due, ReminderTexts.English)));
    }

    [Fact]
    public void Digest_card_in_both_languages()
    {
        var due = Policy().Due(At(2026, 11, 23), Snapshot([Item()])).Single(d => d.Kind == ReminderKind.Digest);
        var zh = Texts(ReminderCards.Build(due, ReminderTexts.Chinese));
        Assert.Contains("督办日报 · 2026年11月23日（周一）", zh);
        Assert.Contains("逾期 1 项 · 临近 0 项 · 传达未确认 0 个", zh);
        Assert.Contains("市环卫处", zh);
        var en = ReminderCards.Build(due, ReminderTexts.English);
        AssertIsAdaptiveCard15WithOpenItems(en, "My open items");
        Assert.Contains("1 overdue · 0 due soon · 0 relay outstanding", Texts(en));
    }

    [Fact]
    public void An_empty_digest_says_nothing_is_outstanding()
    {
        var due = Policy().Due(At(2026, 11, 23), Snapshot()).Single();
        Assert.Equal(ReminderKind.Digest, due.Kind);
        Assert.Contains("今日没有逾期、临近或未确认传达的事项", Texts(ReminderCards.Build(due, ReminderTexts.Chinese)));
    }

    [Fact]
    public void Every_kind_has_a_title_and_a_summary_in_both_languages()
    {
        foreach (var kind in Enum.GetValues<ReminderKind>())
        {
            Assert.NotEqual(kind.ToString(), ReminderTexts.Chinese.Title(kind));
            Assert.NotEqual(ReminderTexts.Chinese.Title(kind), ReminderTexts.English.Title(kind));
        }
        Assert.Equal("督办事项已逾期：第3条 开展城区道路扬尘专项整治（逾期3天）", ReminderTexts.Chinese.Summary(OverdueOn(23)));
        Assert.Same(ReminderTexts.Chinese, ReminderTexts.For(null));
        Assert.Same(ReminderTexts.English, ReminderTexts.For("en-GB"));
    }
}
