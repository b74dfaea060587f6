using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Board;

/// <summary>The board tab's words (zh-CN, en-US). The page is a static file: it shows these, never its own.</summary>
public static class BoardTexts
{
    public static string State(Lang lang, string state) => state switch
    {
        BoardFilter.States.Overdue => lang.Pick("逾期", "Overdue"),
        BoardFilter.States.Soon => lang.Pick("临期", "Due soon"),
        BoardFilter.States.Pending => lang.Pick("待销号审核", "Check-off requested"),
        BoardFilter.States.SentBack => lang.Pick("已退回", "Sent back"),
        BoardFilter.States.Closed => lang.Pick("已销号", "Closed"),
        _ => lang.Pick("全部在办", "All open"),
    };

    /// <summary>What the member sees, by role, as 我的待办 scopes it.</summary>
    public static string Scope(Lang lang, Member member) =>
        member.IsOffice ? lang.Pick("查看范围：全部单位", "Showing: every unit")
        : member.IsLeader ? lang.Pick("查看范围：分管单位", "Showing: units in your portfolio")
        : member.ResponsibleUnitIds().Any() ? lang.Pick("查看范围：本单位", "Showing: your unit")
        : lang.Pick("查看范围：本人事项", "Showing: your own items");

    public static string NoDate(Lang lang, string? deadlineText) =>
        string.IsNullOrWhiteSpace(deadlineText) ? lang.Pick("未定", "not set") : lang.Pick($"未定（{deadlineText}）", $"not set ({deadlineText})");

    public static string DispatchNumber(Lang lang, int? year, int number) =>
        lang.Pick($"督办〔{year}〕{number}号", $"Notice {year}-{number}");

    /// <summary>The page's fixed labels, sent with the data.</summary>
    public static IReadOnlyDictionary<string, string> Page(Lang lang) => new Dictionary<string, string>
    {
        ["lang"] = lang.Pick("zh-CN", "en-US"),
        ["title"] = lang.Pick("督办看板", "Directive board"),
        ["unit"] = lang.Pick("单位", "Unit"),
        ["leader"] = lang.Pick("分管领导", "Leader"),
        ["state"] = lang.Pick("状态", "State"),
        ["any"] = lang.Pick("全部", "All"),
        ["today"] = lang.Pick("今天", "Today"),
        ["red"] = lang.Pick("逾期", "Overdue"),
        ["yellow"] = lang.Pick("临期", "Due soon"),
        ["green"] = lang.Pick("正常", "On track"),
        ["grey"] = lang.Pick("无时限", "No date"),
        ["closed"] = lang.Pick("已销号", "Closed"),
        ["number"] = lang.Pick("编号", "No."),
        ["task"] = lang.Pick("事项", "Directive"),
        ["owner"] = lang.Pick("责任单位", "Unit"),
        ["due"] = lang.Pick("时限", "Due"),
        ["status"] = lang.Pick("办理状态", "Status"),
        ["relay"] = lang.Pick("传达", "Relay"),
        ["relayTitle"] = lang.Pick("传达会议", "Relay meetings"),
        ["relayDone"] = lang.Pick("已传达", "relayed"),
        ["relayDue"] = lang.Pick("时限", "due"),
        ["items"] = lang.Pick("事项", "items"),
        ["none"] = lang.Pick("没有符合条件的督办事项。", "No items match."),
        ["noItems"] = lang.Pick("本次会议在此范围内没有事项，仅有传达要求。", "No items of this meeting in view; only its relay meetings."),
        ["member"] = lang.Pick("成员", "Member"),
        ["pick"] = lang.Pick("选择成员", "Choose a member"),
        ["loading"] = lang.Pick("正在加载…", "Loading…"),
        ["failed"] = lang.Pick("看板加载失败", "The board could not be loaded"),
    };

    // --- answers of the tab's API when the caller is not a member the board can serve ---

    public static string NotOnRoster(Lang lang) => lang.Pick(
        "您的账号不在督办助手的名册中，看不到督办事项。请联系办公室把您加入名册。",
        "Your account is not on the Directive Tracker's roster, so there is nothing to show. Ask the office to add you.");

    public static string SignInFailed(Lang lang) => lang.Pick(
        "登录凭据无效或已过期，请在 Teams 中重新打开本页。",
        "Your sign-in token is not valid or has expired. Open this tab again in Teams.");

    public static string UnknownMember(Lang lang, string id) => lang.Pick(
        $"成员“{id}”不在名册中。", $"No member '{id}' on the roster.");

    /// <summary>Before the page knows the person's language: both, Chinese first.</summary>
    public static string OpenInTeams() => "请在 Teams 中打开督办看板。 Open the directive board in Teams.";

    public static string ChooseMember(Lang lang) => lang.Pick(
        "本机调试：请在上方选择一位成员（或在地址后加 ?member=成员编号）。",
        "Local use: choose a member above (or add ?member=ID to the address).");
}
