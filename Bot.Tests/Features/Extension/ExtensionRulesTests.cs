using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Rules;
using ChatBot.Dialogs.Features.Extension;

namespace ChatBot.Bot.Tests.Features.Extension;

/// <summary>How the rules read extension requests and answers, in Chinese and English (today: Friday 27 November 2026).</summary>
public sealed class ExtensionRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static Intent Read(string text) => RuleIntentRecognizer.Recognize(text, Today);

    [Theory]
    [InlineData("第3条申请延期到12月20日，原因：招标流标", "3", "2026-12-20", "招标流标", null)]
    [InlineData("第三条申请延期至12月20日，原因是招标流标，目前进展：已完成初步设计", "3", "2026-12-20", "招标流标", "已完成初步设计")]
    [InlineData("第12项 申请延长到2027年1月15日 理由：设备未到货", "12", "2027-01-15", "设备未到货", null)]
    [InlineData("第5条申请延期到1月10日，因为春节前施工队撤场", "5", "2027-01-10", "春节前施工队撤场", null)]
    [InlineData("request extension of item 3 to Dec 20, reason: the tender failed", "3", "2026-12-20", "the tender failed", null)]
    [InlineData("Requesting an extension for item 4 until 15 January because the supplier is late. Progress: design done", "4", "2027-01-15", "the supplier is late", "design done")]
    public void A_request_gives_item_date_reason_and_progress(string text, string item, string date, string reason, string? progress)
    {
        var intent = Read(text);
        Assert.Equal(ExtensionRequestCapability.Request, intent.Name);
        Assert.Equal(item, intent.Slot("item"));
        Assert.Equal(date, intent.Slot("date"));
        Assert.Equal(reason, intent.Slot("reason"));
        Assert.Equal(progress, intent.Slot("progress"));
    }

    [Fact]
    public void A_request_without_a_date_or_reason_still_is_a_request()
    {
        var intent = Read("第3条申请延期");
        Assert.Equal((ExtensionRequestCapability.Request, "3", null, null), (intent.Name, intent.Slot("item"), intent.Slot("date"), intent.Slot("reason")));
    }

    [Fact]
    public void A_past_date_with_its_year_written_stays_in_the_past()
    {
        Assert.Equal("2026-11-01", Read("第3条申请延期到2026年11月1日，原因：测试").Slot("date"));
    }

    // Attribute data must be constants, so these name the verbs by their wire names (which never change).
    [Theory]
    [InlineData("同意第3条延期", "extensionApprove", "3", null)]
    [InlineData("approve the extension of item 3", "extensionApprove", "3", null)]
    [InlineData("不同意第3条延期，理由：工期不能再拖", "extensionRefuse", "3", "工期不能再拖")]
    [InlineData("驳回第3条延期申请，工期不能再拖", "extensionRefuse", "3", "工期不能再拖")]
    [InlineData("refuse the extension of item 3, the budget year ends", "extensionRefuse", "3", "the budget year ends")]
    public void The_approver_answers(string text, string name, string item, string? reason)
    {
        var intent = Read(text);
        Assert.Equal((name, item, reason), (intent.Name, intent.Slot("item"), intent.Slot("reason")));
    }

    [Theory]
    [InlineData("第5条 截止 12月10日", "intakeEdit")]          // a review edit stays one
    [InlineData("第3条申请销号", "checkOffRequest")]
    [InlineData("退回第3条，理由：材料不全", "checkOffReturn")]
    public void Other_item_sentences_are_not_taken_for_extensions(string text, string name) => Assert.Equal(name, Read(text).Name);
}
