using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Relay;

namespace ChatBot.Dialogs.Features.Ledger;

/// <summary>What the ledger says, in chat and in the workbook, in zh-CN and en-US.</summary>
public static class LedgerTexts
{
    // Its line on the office's Help card.
    public static string HelpSay(Lang lang) => lang.Pick("导出台账", "export ledger");
    public static string HelpWhat(Lang lang) => lang.Pick("生成督办台账 Excel：全部在办事项，或“导出台账 本次会议 / 市政工程处 / 11月1日至11月30日”（督办员）",
        "the directive ledger as an Excel workbook: all open items, or this meeting / a unit / from 2026-11-01 to 2026-11-30 (office)");

    // --- the workbook ---
    public static string Sheet(Lang lang) => lang.Pick("督办台账", "Ledger");
    public static string RelaySheet(Lang lang, string meeting) => lang.Pick($"传达-{meeting}", $"Relay-{meeting}");

    public static IReadOnlyList<string> Columns(Lang lang) => lang == Lang.En
        ? ["No.", "Item", "Meeting", "Directive", "Lead unit", "Assisting units", "Leader in charge", "Deadline", "Status", "Light", "Latest progress", "Relay", "Checked off on"]
        : ["序号", "编号", "会议", "事项", "牵头单位", "配合单位", "分管领导", "时限", "状态", "红黄绿", "最新进展", "传达情况", "销号日期"];

    public static IReadOnlyList<string> RelayColumns(Lang lang) => lang == Lang.En
        ? ["Unit", "Forms required", "Due", "Signed by", "Signed on", "Held", "Still owed", "State"]
        : ["单位", "要求形式", "时限", "签收人", "签收日期", "已召开", "尚缺", "状态"];

    public static string Light(Lang lang, TrafficLight? light) => light switch
    {
        TrafficLight.Red => lang.Pick("红（逾期）", "Red (overdue)"),
        TrafficLight.Yellow => lang.Pick("黄（临期）", "Yellow (due soon)"),
        TrafficLight.Green => lang.Pick("绿", "Green"),
        TrafficLight.Grey => lang.Pick("无时限", "No date"),
        _ => lang.Pick("已销号", "Closed"),
    };

    public static string Relay(Lang lang, RelayState? state) => state switch
    {
        RelayState.Relayed => lang.Pick("已传达", "Relayed"),
        RelayState.Signed => lang.Pick("已签收未传达", "Signed, not relayed"),
        RelayState.Overdue => lang.Pick("逾期未传达", "Overdue"),
        RelayState.NotSigned => lang.Pick("未签收", "Not signed"),
        _ => lang.Pick("无需传达", "Not required"),
    };

    public static string Held(Lang lang, RelayConfirmation c) => lang.Pick(
        $"{c.Form} {c.HeldOn:yyyy-MM-dd}（{c.Attendees}人）", $"{c.Form} {c.HeldOn:yyyy-MM-dd} ({c.Attendees})");

    public static string AnyForm(Lang lang) => lang.Pick("任一形式", "any form");

    // --- chat ---
    public static string FileName(Lang lang, DateOnly today) => lang.Pick($"督办台账-{today:yyyyMMdd}.xlsx", $"ledger-{today:yyyyMMdd}.xlsx");

    public static string FileDescription(Lang lang, int rows) => lang.Pick($"督办台账（{rows} 条）", $"Directive ledger ({rows} rows)");

    public static string Ready(Lang lang, int rows, int meetings, bool inPersonalChat) => inPersonalChat
        ? lang.Pick($"台账已生成：{meetings} 个会议、{rows} 条事项。请在下面的卡片上点“允许”接收文件。",
            $"The ledger is ready: {meetings} meeting(s), {rows} row(s). Press Allow on the card below to receive the file.")
        : lang.Pick($"台账已生成：{meetings} 个会议、{rows} 条事项，已私聊发给您（Teams 只在私聊中向个人发送文件）。",
            $"The ledger is ready: {meetings} meeting(s), {rows} row(s). I have sent it to you in our 1:1 chat (Teams gives files to one person only there).");

    public static string NotAllowed(Lang lang) => lang.Pick(
        "只有督办室、分管领导（本人分管单位）和单位负责人、联络员（本单位）可以导出台账。",
        "Only the office, leaders (their own portfolio) and a unit's head, deputy or liaison (their own unit) can export the ledger.");

    public static string OutsideScope(Lang lang, string unit) => lang.Pick(
        $"您只能导出本人分管或所在单位的台账，“{unit}”不在其中。", $"You can only export the ledger of units you are in charge of or belong to; \"{unit}\" is not one of them.");

    public static string UnknownUnitOrMeeting(Lang lang, string words) => lang.Pick(
        $"没有找到名为“{words}”的单位或会议。可以说：导出台账 市政工程处、导出台账 本次会议、导出台账 11月1日至11月30日。",
        $"No unit or meeting called \"{words}\". Try: export ledger 市政工程处, export ledger this meeting, export ledger from 2026-11-01 to 2026-11-30.");

    public static string UnknownMeeting(Lang lang, string words) => lang.Pick(
        $"没有找到标题含“{words}”的已下发会议。", $"No dispatched meeting has \"{words}\" in its title.");

    public static string NoMeeting(Lang lang) => lang.Pick("还没有已下发的会议。", "No meeting has been dispatched yet.");

    public static string BadRange(Lang lang, DateOnly from, DateOnly to) => lang.Pick(
        $"日期范围不对：开始日期 {from:yyyy-MM-dd} 晚于结束日期 {to:yyyy-MM-dd}。", $"The date range is backwards: {from:yyyy-MM-dd} is after {to:yyyy-MM-dd}.");

    public static string BadDate(Lang lang) => lang.Pick(
        "没看懂日期范围，请写成“11月1日至11月30日”或“2026-11-01到2026-11-30”。",
        "I could not read the date range; write it as \"from 2026-11-01 to 2026-11-30\".");

    public static string Empty(Lang lang) => lang.Pick("这个范围内没有督办事项，没有生成台账。", "There are no items in that scope, so no ledger was made.");
}
