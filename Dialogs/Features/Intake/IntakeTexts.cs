using System.Globalization;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Intake;

/// <summary>Everything intake says, in Chinese and English.</summary>
public static class IntakeTexts
{
    public static string Date(Lang lang, DateOnly d) => lang.Pick($"{d.Year}年{d.Month}月{d.Day}日", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static string OfficeOnly(Lang lang) => lang.Pick(
        "只有督办员（办公室）可以录入会议、修改审核内容或确认下发。",
        "Only the office (supervisors) can enter a meeting, edit its review or confirm dispatch.");

    public static string NoText(Lang lang) => lang.Pick(
        "请粘贴会议讲话、纪要或分工方案的全文，或附上 .txt / .docx 文件。",
        "Paste the full text of the speech, minutes or task-division plan, or attach it as a .txt or .docx file.");

    public static string TooLong(Lang lang, int length, int max) => lang.Pick(
        $"会议文本太长（{N(length)} 字，上限 {N(max)} 字）。请按议题拆分后分次发送。",
        $"The meeting text is too long ({N(length)} characters; the limit is {N(max)}). Please split it by topic and send the parts separately.");

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string FileTooLarge(Lang lang, string name, long max) => lang.Pick(
        $"文件“{name}”超过 {max / 1024 / 1024} MB，未读取。请另存为纯文本或拆分后再发。",
        $"The file \"{name}\" is larger than {max / 1024 / 1024} MB and was not read. Save it as plain text or split it.");

    public static string FileUnreadable(Lang lang, string name) => lang.Pick(
        $"无法读取文件“{name}”。请发送 .txt 或 .docx 文件，或直接粘贴文本。",
        $"I couldn't read \"{name}\". Send a .txt or .docx file, or paste the text.");

    public static string SharedLink(Lang lang, string name) => lang.Pick(
        $"“{name}”是以共享链接发来的（在频道或群聊里附加的文件只以链接形式送达），我无法打开，本次没有读取任何内容。请直接粘贴会议文本，或在与我的私聊中上传该文件。",
        $"\"{name}\" arrived as a sharing link (files attached in a channel or group chat reach me only as links), which I cannot open; nothing was read. Paste the meeting text, or upload the file in a 1:1 chat with me.");

    public static string FileHostNotAllowed(Lang lang, string name) => lang.Pick(
        $"文件“{name}”的下载地址不是 Teams 的文件存储，出于安全考虑未下载。请在与我的私聊中直接上传该文件，或粘贴文本。",
        $"The file \"{name}\" does not come from Teams' file storage, so for safety it was not downloaded. Upload the file in a 1:1 chat with me, or paste the text.");

    public static string FilePackageTooLarge(Lang lang, string name) => lang.Pick(
        $"文件“{name}”解压后过大或内部部件过多，未读取。请另存为纯文本（.txt）后再发，或粘贴文本。",
        $"The file \"{name}\" unpacks too large or into too many parts and was not read. Save it as plain text (.txt) and send that, or paste the text.");

    public static string NoDirectives(Lang lang) => lang.Pick(
        "没有识别到可督办的事项（要有承办单位和具体任务）。请粘贴会议讲话或纪要中布置工作的原文，例如：“市政工程处要在12月底前完成道路修复，政策法规科配合。”",
        "I found no directives (a unit and a concrete task). Paste the part of the speech or minutes that assigns work, e.g. \"市政工程处要在12月底前完成道路修复，政策法规科配合。\"");

    public static string NoReview(Lang lang) => lang.Pick(
        "当前没有待审核的会议。请先发送会议文本。",
        "There is no meeting under review. Send a meeting text first.");

    public static string Expired(Lang lang, double hours) => lang.Pick(
        $"这次审核已超过 {hours:0.#} 小时，已失效，未下发任何事项。请重新发送会议文本。",
        $"This review is older than {hours:0.#} hours and has expired; nothing was dispatched. Please send the meeting text again.");

    public static string NoSuchItem(Lang lang, string item, int count) => lang.Pick(
        $"没有第{item}条。当前共 {count} 条，请核对序号。",
        $"There is no item {item}. The review has {count} items; please check the number.");

    public static string EditNotUnderstood(Lang lang) => lang.Pick(
        "没能理解这项修改。例如：“第3条 负责单位 市政工程处”“第5条 截止 12月10日”“删除第7条”“增加一条：…”。",
        "I didn't understand that edit. Try \"item 3 owner 市政工程处\", \"item 5 deadline 2026-12-10\", \"delete item 7\" or \"add item: …\".");

    public static string Edited(Lang lang, int n) => lang.Pick($"已修改第{n}条。", $"Item {n} updated.");
    public static string Deleted(Lang lang, int n) => lang.Pick($"已删除第{n}条，后面的序号依次前移。", $"Item {n} deleted; the items after it moved up.");
    public static string Added(Lang lang, int n) => lang.Pick($"已增加第{n}条。", $"Added item {n}.");

    public static string Blocked(Lang lang, IEnumerable<string> problems) => lang.Pick(
        "还不能下发：" + string.Join("；", problems) + "。请修改或删除这些事项后再确认。",
        "Not dispatched yet: " + string.Join("; ", problems) + ". Fix or delete these items, then confirm again.");

    public static string UnknownUnits(Lang lang, int n, IEnumerable<string> names) => lang.Pick(
        $"第{n}条的“{string.Join("、", names)}”不在单位名册中", $"item {n}: \"{string.Join(", ", names)}\" is not on the roster");

    public static string NoOwner(Lang lang, int n) => lang.Pick($"第{n}条没有牵头单位", $"item {n} has no lead unit");

    public static string UnknownRelayUnits(Lang lang, IEnumerable<string> names) => lang.Pick(
        $"传达要求中的“{string.Join("、", names)}”不在单位名册中", $"relay requirement: \"{string.Join(", ", names)}\" is not on the roster");

    public static string NothingLeft(Lang lang) => lang.Pick("已没有事项可下发。请增加事项，或发送“取消”。", "There are no items left to dispatch. Add one, or send \"cancel\".");

    public static string AlreadyDispatched(Lang lang, string title) => lang.Pick(
        $"“{title}”已经下发过了，没有重复下发。", $"\"{title}\" was already dispatched; nothing was sent twice.");

    public static string Dispatched(Lang lang, string title, int items, int units, int people) => lang.Pick(
        $"已下发“{title}”：{items} 条事项，{units} 个单位，已通知 {people} 位负责人/联络员。",
        $"Dispatched \"{title}\": {items} items to {units} units; {people} heads and liaisons notified.");

    public static string NoContact(Lang lang, IEnumerable<string> units) => lang.Pick(
        $"以下单位在名册中没有负责人或联络员，未能通知：{string.Join("、", units)}。",
        $"These units have no head or liaison on the roster and were not notified: {string.Join(", ", units)}.");

    public static string DispatchNotice(Lang lang, string title) => lang.Pick($"督办交办：{title}", $"New directives: {title}");

    // The review card.
    public static string ReviewTitle(Lang lang) => lang.Pick("会议事项提取 · 待审核", "Extracted directives · for review");
    public static string Untitled(Lang lang) => lang.Pick("（未识别会议名称）", "(meeting title not found)");
    public static string MeetingLabel(Lang lang) => lang.Pick("会议", "Meeting");
    public static string DateLabel(Lang lang) => lang.Pick("日期", "Date");
    public static string SpeakerLabel(Lang lang) => lang.Pick("讲话/主持", "Speaker");
    public static string RelayLabel(Lang lang) => lang.Pick("传达要求", "Relay requirement");
    public static string AllUnits(Lang lang) => lang.Pick("局属各单位", "all units");
    public static string Lead(Lang lang) => lang.Pick("牵头", "Lead");
    public static string Assisting(Lang lang) => lang.Pick("配合", "Assisting");
    public static string Deadline(Lang lang) => lang.Pick("时限", "Deadline");
    public static string NotGiven(Lang lang) => lang.Pick("未写明", "not given");
    public static string Pending(Lang lang) => lang.Pick("待定", "to be set");
    public static string Item(Lang lang, int n) => lang.Pick($"第{n}条", $"Item {n}");
    public static string Summary(Lang lang, int count, int flagged) => lang.Pick(
        $"共 {count} 条事项{(flagged > 0 ? $"，其中 {flagged} 条需要人工核对（⚠）" : "")}。确认前不会下发任何内容。",
        $"{count} items{(flagged > 0 ? $", {flagged} need a human check (⚠)" : "")}. Nothing is sent until you confirm.");
    public static string PageOf(Lang lang, int page, int pages, int from, int to) => lang.Pick(
        $"第 {page}/{pages} 页（第{from}–{to}条）", $"Page {page}/{pages} (items {from}–{to})");
    public static string EditHint(Lang lang) => lang.Pick(
        "直接回复即可修改：“第3条 负责单位 市政工程处”“第5条 截止 12月10日”“第2条 增加配合单位 政策法规科”“删除第7条”“增加一条：…”。",
        "Reply to edit: \"第3条 负责单位 市政工程处\", \"第5条 截止 12月10日\", \"第2条 增加配合单位 政策法规科\", \"删除第7条\", \"增加一条：…\".");
    public static string RulesUsed(Lang lang) => lang.Pick(
        "⚠ 智能提取不可用（超时、出错或返回内容无效），本次使用规则提取，请逐条仔细核对。",
        "⚠ The language model failed (timeout, error or invalid output), so the rule-based extractor was used. Please check every item.");
    public static string ExpiresAt(Lang lang, string at) => lang.Pick($"审核有效期至 {at}。", $"This review expires at {at}.");
    public static string ConfirmAction(Lang lang) => lang.Pick("确认下发", "Confirm and dispatch");
    public static string CancelAction(Lang lang) => lang.Pick("取消", "Cancel");
    public static string PrevAction(Lang lang) => lang.Pick("上一页", "Previous");
    public static string NextAction(Lang lang) => lang.Pick("下一页", "Next");

    public static string Flag(Lang lang, string code)
    {
        var (kind, arg) = code.IndexOf(':') is var i and >= 0 ? (code[..i], code[(i + 1)..]) : (code, "");
        return kind switch
        {
            "unknown-owner" => lang.Pick($"单位“{arg}”不在名册中", $"\"{arg}\" is not on the roster"),
            "person-owner" => lang.Pick($"责任人“{arg}”不是单位，请指定单位", $"\"{arg}\" is a person, not a unit"),
            "no-owner" => lang.Pick("未明确牵头单位", "no lead unit"),
            "needs-date" => lang.Pick("时限需要确定具体日期", "the deadline needs a date"),
            "ongoing" => lang.Pick("长期任务，无固定时限", "ongoing, no fixed deadline"),
            _ => code,
        };
    }
}
