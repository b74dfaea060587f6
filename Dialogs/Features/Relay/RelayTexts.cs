using System.Globalization;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>Everything the relay slice says, in zh-CN and en-US.</summary>
public static class RelayTexts
{
    public static string Date(Lang lang, DateOnly d) => lang == Lang.En ? d.ToString("MMM d", CultureInfo.InvariantCulture) : $"{d.Month}月{d.Day}日";
    public static string Time(Lang lang, DateTimeOffset local) =>
        lang == Lang.En ? local.ToString("MMM d HH:mm", CultureInfo.InvariantCulture) : $"{local.Month}月{local.Day}日 {local:HH:mm}";
    public static string People(Lang lang, int n) => lang.Pick($"{n}人", $"{n} attendees");
    public static string Item(Lang lang, int number) => lang.Pick($"第{number}条", $"Item {number}");
    /// <summary>Between items of a list of confirmations: "；" in Chinese, "; " in English.</summary>
    public static string ListSeparator(Lang lang) => lang.Pick("；", "; ");
    /// <summary>Between words of an enumeration: "、" in Chinese, ", " in English.</summary>
    public static string Enumeration(Lang lang) => lang.Pick("、", ", ");
    public static string Role(Lang lang, AssignmentRole role) => role == AssignmentRole.Lead ? lang.Pick("牵头", "lead") : lang.Pick("配合", "assisting");

    // Dispatch card
    public static string DispatchTitle(Lang lang) => lang.Pick("督办交办通知", "Directives for your unit");
    public static string DispatchIntro(Lang lang, string unit) => lang.Pick($"请 {unit} 签收以下事项，并按要求组织传达。", $"{unit}: please sign for the items below and hold the relay meeting as required.");
    public static string Meeting(Lang lang) => lang.Pick("会议", "Meeting");
    public static string MeetingDate(Lang lang) => lang.Pick("会议日期", "Held on");
    public static string RequirementLabel(Lang lang) => lang.Pick("传达要求", "Relay requirement");
    public static string FormsLabel(Lang lang) => lang.Pick("传达形式", "Forms");
    public static string DueLabel(Lang lang) => lang.Pick("完成时限", "Due");
    public static string NoDue(Lang lang, string? text) => lang.Pick($"待定（{text ?? "未写明"}）", $"to be set ({text ?? "none given"})");
    public static string Directives(Lang lang, int n) => lang.Pick($"本单位事项（{n} 项）", $"Your unit's items ({n})");
    public static string MoreDirectives(Lang lang, int shown, int total) => lang.Pick(
        $"以上为前 {shown} 项，另有 {total - shown} 项未在此列出；发送“我的待办”查看全部。",
        $"The first {shown} items are shown; {total - shown} more are not listed here. Send \"my open items\" to see them all.");
    public static string MoreUnits(Lang lang, int shown, int total) => lang.Pick(
        $"列出 {shown} 个单位（逾期的在前），另有 {total - shown} 个未列出；发送“传达情况 单位名”查看某个单位。",
        $"{shown} units are listed (overdue first); {total - shown} more are not. Send \"relay status UNIT\" to see one unit.");
    public static string NoDirectives(Lang lang) => lang.Pick("本单位无具体事项，仅需组织传达。", "No items for your unit; only the relay meeting is required.");
    public static string DeadlineOf(Lang lang, Assignment a) =>
        a.Due is { } d ? lang.Pick($"时限：{Date(lang, d)}", $"due {Date(lang, d)}") : lang.Pick($"时限：{a.DeadlineText ?? "未写明"}", $"due: {a.DeadlineText ?? "not given"}");
    public static string DirectiveHeading(Lang lang, Assignment a) => lang.Pick(
        $"**{Item(lang, a.Number)}**（{Role(lang, a.Role)}） · {DeadlineOf(lang, a)}",
        $"**{Item(lang, a.Number)}** ({Role(lang, a.Role)}) · {DeadlineOf(lang, a)}");
    /// <summary>A sentence quoted from the meeting text.</summary>
    public static string Quoted(Lang lang, string source) => lang.Pick($"“{source}”", $"\"{source}\"");
    public static string SignAction(Lang lang) => lang.Pick("签收", "Sign for receipt");
    public static string ConfirmAction(Lang lang) => lang.Pick("确认已传达", "Confirm relay meeting held");
    public static string SignedBy(Lang lang, string name, string at) => lang.Pick($"✅ 已签收（{name}，{at}）", $"✅ Signed for by {name} at {at}");
    public static string EvidenceHint(Lang lang) => lang.Pick("会议记录、签到表照片等佐证材料可直接在聊天中作为附件发送。", "Send minutes or a photo of the sign-in sheet as attachments in this chat.");

    // Form card
    public static string FormTitle(Lang lang, string unit) => lang.Pick($"确认传达落实 · {unit}", $"Confirm the relay meeting · {unit}");
    public static string PrefilledTitle(Lang lang, string unit) => lang.Pick($"请核对传达落实情况 · {unit}", $"Please check before confirming · {unit}");
    public static string FormDate(Lang lang) => lang.Pick("传达会议日期", "Date held");
    public static string FormForms(Lang lang) => lang.Pick("会议形式（可多选）", "Form(s) of meeting");
    public static string FormAttendees(Lang lang) => lang.Pick("参会人数", "Attendees");
    public static string FormNotes(Lang lang) => lang.Pick("备注（可选）", "Notes (optional)");
    public static string FormSubmit(Lang lang) => lang.Pick("提交", "Submit");
    public static string ConfirmButton(Lang lang) => lang.Pick("确认", "Confirm");
    public static string TypeConfirm(Lang lang) => lang.Pick("核对无误请点“确认”或回复“确认”；回复“取消”放弃。", "Press Confirm or type \"confirm\"; type \"cancel\" to drop it.");
    public static string Required(Lang lang) => lang.Pick("必填", "Required");
    public static string Evidence(Lang lang, int n) => lang.Pick($"佐证材料：{n} 个附件", $"Evidence: {n} file(s)");

    // Asking for slots
    public static string AskDate(Lang lang) => lang.Pick("传达会议是哪天开的？（例如“昨天”或“11月26日”）", "On which day was the relay meeting held? (e.g. \"yesterday\" or \"2026-11-26\")");
    public static string AskForms(Lang lang, IEnumerable<string> forms) => lang.Pick($"开的是哪种会议？（{RelayForms.List(forms, lang)}）", $"Which form of meeting was it? ({RelayForms.List(forms, lang)})");
    public static string AskAttendees(Lang lang) => lang.Pick("参会人数是多少？", "How many people attended?");
    public static string AskUnit(Lang lang) => lang.Pick("您在多个单位任职，这次是为哪个单位确认？", "You act for several units. Which unit is this for?");
    public static string OfficeNameUnit(Lang lang) => lang.Pick("请说明为哪个单位确认，例如“市政工程处 昨天开了班子会议，30人参加”。", "Please name the unit, e.g. \"市政工程处 held its leadership team meeting yesterday, 30 attendees\".");
    public static string ChoiceExpired(Lang lang) => lang.Pick("这个选择已过期，请重新说明传达情况。", "That choice has expired; please tell me about the relay meeting again.");
    public static string NotAnAnswer(Lang lang, string question) => lang.Pick($"没能看懂这个回答。{question}（回复“取消”可放弃）", $"I couldn't read that answer. {question} (type \"cancel\" to stop)");

    // Bad input
    public static string FutureDate(Lang lang, DateOnly d) => lang.Pick($"{Date(lang, d)} 还没到，传达会议日期不能晚于今天。", $"{Date(lang, d)} is in the future; the date held cannot be after today.");
    public static string BeforeMeeting(Lang lang, DateOnly d, DateOnly meeting) => lang.Pick($"{Date(lang, d)} 早于原会议（{Date(lang, meeting)}），请核对传达会议日期。", $"{Date(lang, d)} is before the meeting itself ({Date(lang, meeting)}); please check the date.");
    public static string BadDate(Lang lang) => lang.Pick("日期无法识别。", "I couldn't read that date.");
    public static string AttendeesNotPositive(Lang lang) => lang.Pick("参会人数应当大于 0。", "The number of attendees must be more than 0.");
    public static string AttendeesNotNumber(Lang lang) => lang.Pick("参会人数应当是一个数字。", "The number of attendees must be a number.");
    public static string AttendeesAbsurd(Lang lang, int n, int roster) => lang.Pick($"参会人数 {n} 远超本单位名册人数（{roster}人），请核对。", $"{n} attendees is far more than the unit's roster ({roster}); please check.");
    public static string UnknownForms(Lang lang, IEnumerable<string> words) => lang.Pick($"不认识的会议形式：{string.Join("、", words)}。", $"Unknown form(s) of meeting: {string.Join(", ", words)}.");
    public static string NoForms(Lang lang) => lang.Pick("请至少选择一种会议形式。", "Please choose at least one form of meeting.");
    public static string UnsupportedFile(Lang lang, string name) => lang.Pick($"附件“{name}”的类型不支持（支持 pdf、doc/docx、jpg/png/heic、xls/xlsx），未保存。", $"\"{name}\" was not kept: only pdf, doc/docx, jpg/png/heic and xls/xlsx are accepted.");
    public static string FileTooLarge(Lang lang, string name, long size) => lang.Pick($"附件“{name}”（{size / 1024 / 1024} MB）超过 20 MB，未保存。", $"\"{name}\" ({size / 1024 / 1024} MB) is over 20 MB and was not kept.");
    public static string EvidenceKept(Lang lang, int n) => lang.Pick($"已收到 {n} 个佐证附件。", $"{n} evidence file(s) received.");

    // Meetings and roles
    public static string NoMeeting(Lang lang) => lang.Pick("没有找到这次会议，可能已被删除。请从最新的交办通知操作。", "I can't find that meeting; it may have been removed. Please use the latest dispatch message.");
    public static string NoDispatchedMeeting(Lang lang) => lang.Pick("目前没有已交办的会议需要传达。", "There is no dispatched meeting with a relay duty right now.");
    public static string MeetingNotOpen(Lang lang, Meeting m) => m.Status switch
    {
        MeetingStatus.Cancelled => lang.Pick($"会议“{m.Title}”已撤销，无需再确认传达。", $"The meeting \"{m.Title}\" was cancelled; no confirmation is needed."),
        MeetingStatus.Closed => lang.Pick($"会议“{m.Title}”的督办已办结，不再接受传达确认。", $"Tracking of \"{m.Title}\" is closed; confirmations are no longer taken."),
        _ => lang.Pick($"会议“{m.Title}”尚未交办。", $"The meeting \"{m.Title}\" has not been dispatched yet."),
    };
    public static string NotYourUnit(Lang lang, string? unit) => unit is null
        ? lang.Pick("只有本单位负责人、副职或联络员（或局办公室）可以确认传达落实。您没有可确认的单位，未作任何记录。", "Only the unit's head, deputy or liaison (or the office) may confirm its relay meeting. You have no unit to confirm for; nothing was recorded.")
        : lang.Pick($"只有{unit}的负责人、副职或联络员（或局办公室）可以为其确认，未作任何记录。", $"Only the head, deputy or liaison of {unit} (or the office) may do that for it; nothing was recorded.");
    public static string UnknownUnit(Lang lang, string name) => lang.Pick($"名册中没有“{name}”这个单位。", $"There is no unit called \"{name}\" on the roster.");
    public static string NotRequired(Lang lang, string unit, string meeting) => lang.Pick($"会议“{meeting}”没有要求{unit}组织传达。", $"\"{meeting}\" does not ask {unit} to hold a relay meeting.");

    // Outcomes
    public static string Recorded(Lang lang, string unit, IEnumerable<RelayConfirmation> rs) =>
        lang.Pick($"已记录 {unit} 的传达落实：", $"Recorded for {unit}: ") + Summaries(lang, rs) + lang.Pick("。", ".");
    public static string AlreadyConfirmed(Lang lang, IEnumerable<RelayConfirmation> rs) =>
        lang.Pick("已确认过，未重复记录：", "Already confirmed, not recorded twice: ") + Summaries(lang, rs) + lang.Pick("。如需更正，请说“更正：参会人数是45”。", ". To correct it, say \"correct: 45 attendees\".");
    public static string Remaining(Lang lang, IEnumerable<string> forms) => lang.Pick($"还需确认：{RelayForms.List(forms, lang)}。", $"Still to confirm: {RelayForms.List(forms, lang)}.");
    public static string AllDone(Lang lang, string unit) => lang.Pick($"{unit} 的传达落实已全部完成。", $"{unit} has confirmed every required relay meeting.");
    public static string Summary(Lang lang, RelayConfirmation r) => lang.Pick(
        $"{r.Form}（{Date(lang, r.HeldOn)}，{People(lang, r.Attendees)}）",
        $"{RelayForms.Display(r.Form, lang)} ({Date(lang, r.HeldOn)}, {People(lang, r.Attendees)})");
    private static string Summaries(Lang lang, IEnumerable<RelayConfirmation> rs) => string.Join(ListSeparator(lang), rs.Select(r => Summary(lang, r)));
    public static string SignedNow(Lang lang, string unit, int items) => lang.Pick($"{unit} 已签收（{items} 项事项）。", $"Signed for {unit} ({items} item(s)).");
    public static string SignedBefore(Lang lang, string name, string at) => lang.Pick($"已于 {at} 由 {name} 签收，无需重复签收。", $"Already signed for by {name} at {at}.");

    // Corrections
    public static string NothingToCorrect(Lang lang, string unit) => lang.Pick($"{unit} 还没有传达确认记录，无法更正。请先确认传达。", $"{unit} has no relay confirmation yet, so there is nothing to correct.");
    public static string NoCorrectionGiven(Lang lang) => lang.Pick("请说明要更正的内容，例如“更正：参会人数是45”。", "Tell me what to correct, e.g. \"correct: 45 attendees\".");
    public static string Corrected(Lang lang, RelayConfirmation before, RelayConfirmation after) =>
        lang.Pick($"已更正：{Summary(lang, before)} → {Summary(lang, after)}。", $"Corrected: {Summary(lang, before)} → {Summary(lang, after)}.");
    public static string Unchanged(Lang lang) => lang.Pick("与原记录一致，没有更改。", "That matches the record; nothing changed.");

    // Status
    public static string StatusTitle(Lang lang, string meeting) => lang.Pick($"传达落实情况 · {meeting}", $"Relay status · {meeting}");
    public static string StatusSummary(Lang lang, int done, int total, int overdue) =>
        lang.Pick($"已传达 {done}/{total}", $"Relayed {done}/{total}") + (overdue > 0 ? lang.Pick($" · 逾期 {overdue}", $" · overdue {overdue}") : "");
    public static string StatusDue(Lang lang, DateOnly? due) => due is { } d ? lang.Pick($"传达时限：{Date(lang, d)}", $"Due: {Date(lang, d)}") : lang.Pick("传达时限：待定", "Due: not set");
    public static string StatusNoneRequired(Lang lang) => lang.Pick(
        "本次会议未提出传达要求，各单位按交办事项办理即可。", "This meeting asked for no relay meetings; units work on the items they were given.");
    public static string StatusUpdated(Lang lang, string at) => lang.Pick($"更新于 {at}", $"Updated {at}");
    public static string StateName(Lang lang, RelayState s) => s switch
    {
        RelayState.Relayed => lang.Pick("已传达", "relayed"),
        RelayState.Overdue => lang.Pick("逾期", "overdue"),
        RelayState.Signed => lang.Pick("已签收", "signed for"),
        _ => lang.Pick("未签收", "not signed for"),
    };
    public static string Portfolio(Lang lang) => lang.Pick("★ 为您分管的单位", "★ marks the units in your portfolio");
    public static string NoRelayDuties(Lang lang) => lang.Pick("您没有传达落实任务。传达情况可由各单位负责人、联络员、分管领导和局办公室查看。", "You have no relay duties. Relay status is shown to unit heads, deputies and liaisons, leaders and the office.");
    public static string Partial(Lang lang, IEnumerable<string> done, IEnumerable<string> left) =>
        lang.Pick($"已传达 {RelayForms.List(done, lang)}，待 {RelayForms.List(left, lang)}", $"held {RelayForms.List(done, lang)}; still {RelayForms.List(left, lang)}");

    // Its line on the Help card and in the welcome.
    public static string HelpSay(Lang lang) => lang.Pick("传达情况", "relay status");
    public static string HelpWhat(Lang lang) => lang.Pick("查看各单位传达会议的召开情况", "which units have held their relay meeting");

    // How the confirmation card names a change the language model read.
    public static string CorrectProposal(Lang lang) => lang.Pick("更正传达记录", "correct a relay record");
    public static string SignForProposal(Lang lang) => lang.Pick("签收交办事项", "sign for the dispatched items");
}
