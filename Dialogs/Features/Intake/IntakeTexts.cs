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
        "I found no directives (a unit and a concrete task). Paste the part of the speech or minutes that assigns work, e.g. \"市政工程处要在12月底前完成道路修复\" (the unit, then the task).");

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

    /// <summary>After an edit: the card changed where it was posted, which may be far up the chat.</summary>
    public static string CardUpdated(Lang lang) => lang.Pick("（上方审核卡片已更新）", " (The review card above is updated.)");

    public static string Edited(Lang lang, int n) => lang.Pick($"已修改第{n}条。", $"Item {n} updated.");
    public static string Deleted(Lang lang, int n) => lang.Pick($"已删除第{n}条，后面的序号依次前移。", $"Item {n} deleted; the items after it moved up.");
    public static string Added(Lang lang, int n) => lang.Pick($"已增加第{n}条。", $"Added item {n}.");

    public static string DeletedMany(Lang lang, IReadOnlyList<int> numbers) => lang.Pick(
        $"已删除{Numbers(lang, numbers)}，共 {numbers.Count} 条，其余序号依次前移。",
        $"Deleted {Numbers(lang, numbers)} ({numbers.Count} items); the rest moved up.");

    public static string Kept(Lang lang, IReadOnlyList<int> numbers, int dropped) => lang.Pick(
        $"已只保留{Numbers(lang, numbers)}，删除其余 {dropped} 条，序号重新编排。",
        $"Kept {Numbers(lang, numbers)} only; {dropped} other items deleted and the rest renumbered.");

    /// <summary>"第3、5、7条" / "第3–7条" for a run; "items 3, 5, 7" / "items 3–7".</summary>
    private static string Numbers(Lang lang, IReadOnlyList<int> numbers)
    {
        var run = numbers.Count > 2 && numbers[^1] - numbers[0] == numbers.Count - 1;
        var zh = run ? $"{numbers[0]}–{numbers[^1]}" : string.Join("、", numbers);
        var en = run ? $"{numbers[0]}–{numbers[^1]}" : string.Join(", ", numbers);
        return lang.Pick($"第{zh}条", numbers.Count == 1 ? $"item {en}" : $"items {en}");
    }

    public static string OwnerOfAll(Lang lang, int count, string owner) => lang.Pick(
        $"已将全部 {count} 条的牵头单位设为“{owner.Replace("*", "局属各单位")}”。",
        $"The lead unit of all {count} items is now \"{owner.Replace("*", "all units")}\".");

    public static string NotAssisting(Lang lang, int n, string said, IReadOnlyCollection<string> assisting) => lang.Pick(
        $"第{n}条的配合单位中没有“{said}”。当前配合单位：{(assisting.Count == 0 ? "无" : string.Join("、", assisting))}。",
        $"Item {n} has no assisting unit \"{said}\". Its assisting units: {(assisting.Count == 0 ? "none" : string.Join(", ", assisting))}.");

    public static string PastDeadline(Lang lang, int n, DateOnly due) => lang.Pick(
        $"注意：第{n}条的截止日期{Date(lang, due)}已经过去，请确认是否写错。",
        $"Note: item {n}'s deadline {Date(lang, due)} is already past; please check it.");

    public static string Analysing(Lang lang, int length) => lang.Pick(
        $"正在分析会议文本（{N(length)} 字）…… 审核卡片稍后发到这里，确认前不会下发任何内容。",
        $"Analysing the meeting text ({N(length)} characters)… The review card will follow here; nothing is sent until you confirm.");

    public static string StillAnalysing(Lang lang) => lang.Pick(
        "会议文本还在分析中，审核卡片发出后再修改或确认。",
        "The meeting text is still being analysed; edit or confirm once the review card arrives.");

    public static string AnalysisFailed(Lang lang) => lang.Pick(
        "抱歉，会议文本分析失败，没有保存任何内容。请重新发送。",
        "Sorry, the meeting text could not be analysed; nothing was saved. Please send it again.");

    public static string NotText(Lang lang) => lang.Pick(
        "这看起来不是文字（可能是二进制或乱码内容）。请粘贴会议讲话、纪要或分工方案的文字，或附上 .txt / .docx 文件。",
        "This does not look like text (binary or garbled content). Paste the speech, minutes or task-division plan as text, or attach a .txt or .docx file.");

    public static string NotChinese(Lang lang) => lang.Pick(
        "文本中没有中文内容。目前只能识别中文的会议讲话、纪要或分工方案，请发送中文原文。",
        "The text has no Chinese in it. Intake reads Chinese speeches, minutes and task-division plans; please send the Chinese original.");

    public static string Cancelled(Lang lang) => lang.Pick("已取消，本次会议事项没有下发。", "Cancelled; nothing from this meeting was dispatched.");

    public static string ClosedDispatched(Lang lang, string title, int items) => lang.Pick(
        $"“{title}”已确认下发（{items} 条事项）。", $"\"{title}\" was confirmed and dispatched ({items} items).");

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
    public static string AllUnitsCount(Lang lang, int count) => lang.Pick($"局属各单位（全部 {count} 个单位）", $"all units ({count})");
    public static string Unsure(Lang lang) => lang.Pick("待确认", "to confirm");
    public static string UnsureHint(Lang lang) => lang.Pick(
        "标“待确认”的条目是规则拿不准是否为任务的句子，排在后面；不需要的可一次删除，如“删除第13-20条”或“只保留第1-12条”。",
        "Items marked \"to confirm\" are sentences the rules were unsure are tasks; they come last. Delete those you don't need at once, e.g. \"delete items 13-20\" or \"keep only items 1-12\".");
    public static string SourceLabel(Lang lang) => lang.Pick("原文", "Source");
    public static string PastDue(Lang lang) => lang.Pick("截止日期已过", "the deadline is past");
    public static string Lead(Lang lang) => lang.Pick("牵头", "Lead");
    public static string Assisting(Lang lang) => lang.Pick("配合", "Assisting");
    public static string Deadline(Lang lang) => lang.Pick("时限", "Deadline");
    /// <summary>"牵头：A　配合：B　时限：C" / "Lead: A · Assisting: B · Deadline: C".</summary>
    public static string ItemFacts(Lang lang, string lead, string? assisting, string deadline) => lang.Pick(
        $"{Lead(lang)}：{lead}" + (assisting is null ? "" : $"　{Assisting(lang)}：{assisting}") + $"　{Deadline(lang)}：{deadline}",
        $"{Lead(lang)}: {lead}" + (assisting is null ? "" : $" · {Assisting(lang)}: {assisting}") + $" · {Deadline(lang)}: {deadline}");
    public static string Sourced(Lang lang, string source) => lang.Pick($"{SourceLabel(lang)}：{source}", $"{SourceLabel(lang)}: {source}");
    public static string UnsureMark(Lang lang) => lang.Pick($" 〔{Unsure(lang)}〕", $" [{Unsure(lang)}]");
    public static string FlagSeparator(Lang lang) => lang.Pick("；", "; ");
    public static string UnitSeparator(Lang lang) => lang.Pick("、", ", ");
    public static string NotGiven(Lang lang) => lang.Pick("未写明", "not given");
    public static string Pending(Lang lang) => lang.Pick("待定", "to be set");
    public static string Item(Lang lang, int n) => lang.Pick($"第{n}条", $"Item {n}");
    public static string Summary(Lang lang, int count, int flagged, int unsure) => lang.Pick(
        $"共 {count} 条事项{(flagged > 0 ? $"，其中 {flagged} 条需要人工核对（⚠）" : "")}{(unsure > 0 ? $"，{unsure} 条待确认（排在最后）" : "")}。确认前不会下发任何内容。",
        $"{count} items{(flagged > 0 ? $", {flagged} need a human check (⚠)" : "")}{(unsure > 0 ? $", {unsure} to confirm (listed last)" : "")}. Nothing is sent until you confirm.");
    public static string PageOf(Lang lang, int page, int pages, int from, int to) => lang.Pick(
        $"第 {page}/{pages} 页（第{from}–{to}条）", $"Page {page}/{pages} (items {from}–{to})");
    public static string EditHint(Lang lang) => lang.Pick(
        "直接回复即可修改：“第3条 负责单位 市政工程处”“第5条 截止 12月10日”“第2条 配合单位 改为 政策法规科”（或“增加配合单位”“删除配合单位”）“删除第7条”“删除第3、5、7条”“只保留第1-12条”“全部设为市政工程处”“增加一条：…”。",
        "Reply to edit: \"item 3 owner 市政工程处\", \"item 5 deadline 2026-12-10\", \"item 2 assisting units 政策法规科\" (or \"add assisting unit\", \"remove assisting unit\"), \"delete item 7\", \"delete items 3, 5, 7\", \"keep only items 1-12\", \"set all items to 市政工程处\", \"add item: …\".");
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

    // Its line on the office's Help card.
    public static string HelpSay(Lang lang) => lang.Pick("@督办助手 + 会议讲话全文", "@mention me with a meeting text");
    public static string HelpWhat(Lang lang) => lang.Pick("提取督办事项，审核后下发（督办员）", "extract the directives for review and dispatch (office)");
}
