using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.Progress;

internal static class ProgressTexts
{
    public static string Recorded(Lang lang, int number, int? percent) => percent is { } p
        ? lang.Pick($"已记录{ItemTexts.Item(lang, number)}的进展，完成 {p}%。", $"Progress on item {number} recorded: {p}% done.")
        : lang.Pick($"已记录{ItemTexts.Item(lang, number)}的进展。", $"Progress on item {number} recorded.");

    public static string AllDoneHint(Lang lang, int number) => lang.Pick(
        $"如已全部完成，请发送“第{number}条申请销号”，由办公室审核销号。",
        $"If it is finished, send \"request check-off for item {number}\" so the office can verify it.");

    public static string Closed(Lang lang, int number) => lang.Pick(
        $"{ItemTexts.Item(lang, number)}已销号，不能再报告进展。",
        $"Item {number} is closed; progress can no longer be reported on it.");

    public static string NotYours(Lang lang, int number) => lang.Pick(
        $"您不是{ItemTexts.Item(lang, number)}的承办人，不能为它报告进展。",
        $"You are not working on item {number}, so you can't report progress on it.");

    public static string BadPercent(Lang lang, string value) => lang.Pick(
        $"“{value}”不是有效的完成百分比，请填 0 到 100 之间的数字。",
        $"\"{value}\" is not a valid percentage; use a number from 0 to 100.");

    public static string TooLong(Lang lang, int max) => lang.Pick($"进展说明太长了（上限 {max} 字）。", $"That progress note is too long (limit {max} characters).");

    public static string Empty(Lang lang) => lang.Pick("请填写进展情况。", "Please describe the progress.");

    public static string NoMatch(Lang lang, string words) => lang.Pick(
        $"您的待办中没有与“{words}”对应的事项。请发送“我的待办”查看编号，再说“第N条 进展：…”。",
        $"None of your open items matches \"{words}\". Send \"my open items\" for the numbers, then say \"item N progress: …\".");

    public static string Which(Lang lang, string words) => lang.Pick(
        $"有几项事项与“{words}”相符，请选择是哪一项（或回复编号）：",
        $"Several items match \"{words}\"; which one is it (or reply with its number)?");

    public static string FormTitle(Lang lang, int number) => lang.Pick($"报告进展 · {ItemTexts.Item(lang, number)}", $"Report progress · item {number}");
    public static string TextLabel(Lang lang) => lang.Pick("进展情况", "Progress");
    public static string TextPlaceholder(Lang lang) => lang.Pick("例如：已完成招标，下周进场施工", "e.g. tender awarded, works start next week");
    public static string PercentLabel(Lang lang) => lang.Pick("完成百分比（可选）", "Percent done (optional)");
    public static string Submit(Lang lang) => lang.Pick("提交", "Submit");

    // How the confirmation card names a progress report the language model read.
    public static string ReportProposal(Lang lang) => lang.Pick("报告事项进展", "report progress on an item");
}
