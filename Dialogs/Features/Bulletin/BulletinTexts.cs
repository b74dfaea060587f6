using System.Globalization;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.Bulletin;

internal static class BulletinTexts
{
    private static string D(Lang lang, DateOnly d) => ItemTexts.Date(lang, d);
    public static string Month(Lang lang, int year, int month) => lang.Pick($"{year}年{month}月",
        new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture));
    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";
    public static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
    private static string List(Lang lang, IEnumerable<string> parts) => string.Join(lang.Pick("、", ", "), parts);

    // The draft's generated words.
    public static string Intro(Lang lang, int year, int month, DateOnly asOf, int units, int due, int onTime, double? rate) => lang.Pick(
        $"{Month(lang, year, month)}督办工作通报（统计至{D(lang, asOf)}）：{units}个单位本月到期事项{due}项，按期办结{onTime}项，按期办结率{Percent(rate)}。",
        $"Directive bulletin for {Month(lang, year, month)} (as of {D(lang, asOf)}): {units} units had {due} items due this month, {onTime} done on time, on-time rate {Percent(rate)}.");

    public static string OverdueLine(Lang lang, string unit, IReadOnlyList<int> numbers)
    {
        var shown = numbers.Take(10).Select(n => n.ToString(CultureInfo.InvariantCulture));
        var more = numbers.Count > 10 ? lang.Pick("等", " and more") : "";
        return lang.Pick($"{unit}：逾期未办结{numbers.Count}项（第{List(lang, shown)}条{more}）",
            $"{unit}: {numbers.Count} item(s) overdue (item {List(lang, shown)}{more})");
    }

    public static string RelayLine(Lang lang, string unit, string meeting, DateOnly due) => lang.Pick(
        $"{unit}：“{ItemTexts.Short(meeting, 40)}”的传达会议未召开（应于{D(lang, due)}前）",
        $"{unit}: relay meeting for \"{ItemTexts.Short(meeting, 40)}\" not held (due {D(lang, due)})");

    public static string RankRow(Lang lang, BulletinRank r) => lang.Pick(
        $"{r.Rank}. {r.UnitName} · 按期办结率 {r.Rate}（到期{r.Due}项，按期{r.OnTime}项，逾期办结{r.Late}项，现逾期{r.Overdue}项）· 得分 {Number(r.Score)}",
        $"{r.Rank}. {r.UnitName} · on-time rate {r.Rate} (due {r.Due}, on time {r.OnTime}, late {r.Late}, overdue now {r.Overdue}) · score {Number(r.Score)}");

    /// <summary>A ranking row in the text of the bulletin: short, so 200 units stay well inside one message.</summary>
    public static string RankShort(Lang lang, BulletinRank r) => lang.Pick(
        $"{r.Rank}. {r.UnitName} {r.Rate}（{r.OnTime}/{r.Due}）{Number(r.Score)}分",
        $"{r.Rank}. {r.UnitName} {r.Rate} ({r.OnTime}/{r.Due}) score {Number(r.Score)}");

    // Card and text headings.
    public static string DraftTitle(Lang lang, int year, int month) => lang.Pick($"{Month(lang, year, month)}督办通报（草稿）", $"Bulletin for {Month(lang, year, month)} (draft)");
    public static string Title(Lang lang, int year, int month) => lang.Pick($"{Month(lang, year, month)}督办通报", $"Bulletin for {Month(lang, year, month)}");
    public static string ScoresTitle(Lang lang, int year, int month) => lang.Pick($"{Month(lang, year, month)}考评", $"Scores for {Month(lang, year, month)}");
    public static string RankingHeading(Lang lang) => lang.Pick("按期办结率排名", "On-time rate ranking");
    public static string NoRanking(Lang lang) => lang.Pick("本月没有到期事项。", "No items fell due this month.");
    public static string Unranked(Lang lang, int n) => lang.Pick($"另有{n}个单位本月无到期事项，不参加排名。", $"{n} more unit(s) had nothing due this month and are not ranked.");
    public static string RankingCut(Lang lang, int n) => lang.Pick($"……其余{n}个单位见文字通报。", $"... {n} more unit(s) in the text of the bulletin.");
    public static string LinesHeading(Lang lang) => lang.Pick("逾期事项与未召开的传达会议", "Overdue items and relay meetings not held");
    public static string NoLines(Lang lang) => lang.Pick("无。", "None.");
    public static string EditHint(Lang lang) => lang.Pick(
        "可在聊天中修改：“删除第2行”、“增加一行：……”、“导语改为：……”；确认无误后点“发布”或回复“发布通报”。",
        "Edit in chat: \"remove line 2\", \"add line: ...\", \"intro: ...\"; then press Post or type \"post bulletin\".");
    public static string Expires(Lang lang, DateTimeOffset local) => lang.Pick($"草稿有效期至{ItemTexts.Time(lang, local)}", $"Draft valid until {ItemTexts.Time(lang, local)}");
    public static string Post(Lang lang) => lang.Pick("发布", "Post");
    public static string Formula(Lang lang) => lang.Pick(
        "得分 = 100×(按期办结率权重×按期办结率 + 传达权重×传达按期率) − 逾期扣分×现逾期项数 − 超期天数扣分×平均超期天数 − 延期扣分×延期申请数",
        "score = 100 x (on-time weight x on-time rate + relay weight x relay on-time rate) - overdue penalty x overdue now - late-day penalty x average days late - extension penalty x extension requests");
    public static string ScoreRow(Lang lang, Scoring.UnitScore u) => lang.Pick(
        $"{u.UnitName}：到期{u.Due}项，按期{u.OnTime}项，逾期办结{u.Late}项，现逾期{u.OverdueNow}项，平均超期{(u.AverageDaysLate is { } d ? Number(d) : "—")}天，传达按期{u.RelayOnTime}/{u.RelayDue}，延期申请{u.ExtensionRequests}次，按期办结率{Percent(u.OnTimeRate)}，得分{Number(u.Score)}",
        $"{u.UnitName}: due {u.Due}, on time {u.OnTime}, late {u.Late}, overdue now {u.OverdueNow}, average days late {(u.AverageDaysLate is { } d2 ? Number(d2) : "-")}, relay on time {u.RelayOnTime}/{u.RelayDue}, extension requests {u.ExtensionRequests}, on-time rate {Percent(u.OnTimeRate)}, score {Number(u.Score)}");

    // Replies.
    public static string Drafted(Lang lang, int year, int month, int lines) => lang.Pick(
        $"已生成{Month(lang, year, month)}通报草稿（共{lines}行可编辑）。",
        $"Drafted the bulletin for {Month(lang, year, month)} ({lines} editable line(s)).");
    public static string Edited(Lang lang) => lang.Pick("已修改通报草稿。", "Bulletin draft updated.");
    public static string Posted(Lang lang, int year, int month) => lang.Pick(
        $"{Month(lang, year, month)}通报已发布到办公室频道。", $"The bulletin for {Month(lang, year, month)} was posted to the office channel.");
    public static string ScoresSummary(Lang lang, int year, int month, int units) => lang.Pick(
        $"{Month(lang, year, month)}考评（{units}个单位）。", $"Scores for {Month(lang, year, month)} ({units} unit(s)).");

    // Refusals and bad input.
    public static string OfficeOnlyNoScope(Lang lang) => lang.Pick(
        "通报由办公室起草和发布；考评按单位统计，您没有负责或分管的单位。您的事项请问“我的待办”。",
        "The bulletin is drafted and posted by the office; scores are per unit, and you are not responsible for or in charge of any unit. For your items ask \"my open items\".");
    public static string OfficeOnlyEdit(Lang lang) => lang.Pick("只有办公室可以编辑和发布通报。", "Only the office can edit and post the bulletin.");
    public static string FutureMonth(Lang lang, int year, int month) => lang.Pick($"{Month(lang, year, month)}还没有开始，无法统计。", $"{Month(lang, year, month)} has not started yet; there is nothing to count.");
    public static string BadMonth(Lang lang) => lang.Pick("没有看懂是哪个月，请说“本月通报”、“上月通报”或“11月通报”。", "Which month? Say \"monthly bulletin\", \"last month's bulletin\" or \"bulletin for 2026-11\".");
    public static string NoDraft(Lang lang) => lang.Pick("没有正在编辑的通报草稿，请先说“本月通报”。", "There is no bulletin draft being edited; say \"monthly bulletin\" first.");
    public static string Expired(Lang lang) => lang.Pick("这份通报草稿已过期，请重新说“本月通报”生成。", "This bulletin draft has expired; say \"monthly bulletin\" to draft it again.");
    public static string AlreadyPosted(Lang lang, string by, DateTimeOffset local) => lang.Pick(
        $"这份通报已于{ItemTexts.Time(lang, local)}由{by}发布，不会重复发布。", $"This bulletin was already posted by {by} on {ItemTexts.Time(lang, local)}; it is not posted twice.");
    public static string Replaced(Lang lang) => lang.Pick("这份草稿已被更新的草稿取代，请在最新的草稿上操作。", "A newer draft replaced this one; please use the latest draft.");
    public static string NoSuchLine(Lang lang, int n, int count) => lang.Pick($"草稿没有第{n}行（共{count}行）。", $"The draft has no line {n} (it has {count}).");
    public static string NeedLineText(Lang lang) => lang.Pick("请写出要增加的内容，例如“增加一行：……”。", "Please give the line's text, e.g. \"add line: ...\".");
    public static string NeedIntro(Lang lang) => lang.Pick("请写出新的导语，例如“导语改为：……”。", "Please give the new intro, e.g. \"intro: ...\".");
    public static string TooLong(Lang lang, int max) => lang.Pick($"内容过长，请控制在{max}字以内。", $"That is too long; please keep it under {max} characters.");
    public static string NoChannel(Lang lang) => lang.Pick(
        "不知道发布到哪个频道：请在办公室频道中生成通报，或由管理员设置 Bulletin:ConversationId。",
        "No channel to post to: draft the bulletin in the office channel, or have the administrator set Bulletin:ConversationId.");

    // Help and the confirmation card.
    public static string HelpSay(Lang lang) => lang.Pick("本月通报", "monthly bulletin");
    public static string HelpWhat(Lang lang) => lang.Pick("起草本月通报（按期办结率排名、逾期单位、未召开的传达会议），在聊天中修改后发布到频道；其他人看到所负责单位的考评",
        "draft this month's bulletin (on-time ranking, units with overdue items, relay meetings not held), edit it in chat and post it; others see their units' scores");
    public static string DraftProposal(Lang lang) => lang.Pick("起草月度通报", "draft the monthly bulletin");
    public static string EditProposal(Lang lang) => lang.Pick("修改通报草稿", "edit the bulletin draft");
    public static string PostProposal(Lang lang) => lang.Pick("发布通报", "post the bulletin");
}
