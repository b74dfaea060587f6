using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.Audit;

internal static class ItemHistoryTexts
{
    public static string Title(Lang lang, int number) => lang.Pick($"{ItemTexts.Item(lang, number)} · 办理记录", $"Item {number} · history");

    public static string Empty(Lang lang) => lang.Pick("暂无办理记录。", "No history yet.");

    public static string Facts(Lang lang, string key) => (lang, key) switch
    {
        (Lang.En, "unit") => "Unit",
        (Lang.En, "status") => "Status",
        (Lang.En, "due") => "Due",
        (Lang.En, "percent") => "Done",
        (Lang.En, "originalDue") => "First deadline",
        (_, "originalDue") => "原截止",
        (_, "unit") => "单位",
        (_, "status") => "状态",
        (_, "due") => "截止",
        _ => "完成",
    };

    public static string Change(Lang lang, AuditEntry e) => e.Action == Cadence.CadenceFeature.AuditSet
        ? Cadence.CadenceTexts.History(lang, e.To)
        : e.Action == Cadence.CadenceFeature.AuditAnswer
        ? lang.Pick("按报送要求报送：", "cadence report: ") + Cadence.CadenceTexts.Answer(lang, e.To ?? "")
        : e.Action == AuditActions.PassDown
        ? lang.Pick($"转派给下级：第{e.To}条", $"passed down: item {e.To}")
        : e.Action == AuditActions.PassedDown
        ? lang.Pick($"由第{e.From}条转派而来：{ItemTexts.Status(lang, e.To)}", $"passed down from item {e.From}: {ItemTexts.Status(lang, e.To)}")
        : e.Action == AuditActions.Evidence
        ? lang.Pick($"补充佐证材料：{e.To}", $"evidence added: {e.To}")
        : e.Action == AuditActions.ExtensionApprove
        ? lang.Pick($"同意延期：截止日期 {Day(lang, e.From)} → {Day(lang, e.To)}", $"extension approved: deadline {Day(lang, e.From)} → {Day(lang, e.To)}")
        : e.Action == AuditActions.Percent
        ? lang.Pick($"完成进度 {Pct(e.From)} → {Pct(e.To)}", $"percent done {Pct(e.From)} → {Pct(e.To)}")
        : lang.Pick($"{Via(lang, e.Action)}：{ItemTexts.Status(lang, e.From)} → {ItemTexts.Status(lang, e.To)}",
                    $"{Via(lang, e.Action)}: {ItemTexts.Status(lang, e.From)} → {ItemTexts.Status(lang, e.To)}");

    public static string Progress(Lang lang, ProgressReport p) =>
        lang.Pick("报告进展：", "progress: ") + (p.Text.Length > 0 ? p.Text : "—") + (p.Percent is { } pc ? lang.Pick($"（完成 {pc}%）", $" ({pc}% done)") : "")
        + Files(lang, p.Evidence.Count);

    public static string Request(Lang lang, string note, int files) =>
        lang.Pick("申请销号：", "check-off requested: ") + (note.Length > 0 ? note : "—") + Files(lang, files);

    public static string Reason(Lang lang, string reason) => lang.Pick($"退回理由：{reason}", $"reason for sending back: {reason}");

    public static string ExtensionRequested(Lang lang, ExtensionRecord r) =>
        lang.Pick($"申请延期至{ItemTexts.Date(lang, r.ToDue)}（原截止 {Day(lang, ItemLifecycle.Iso(r.FromDue))}），原因：{r.Reason}",
                  $"extension requested to {ItemTexts.Date(lang, r.ToDue)} (deadline then {Day(lang, ItemLifecycle.Iso(r.FromDue))}), reason: {r.Reason}")
        + (r.Progress.Length > 0 ? lang.Pick($"；目前进展：{r.Progress}", $"; progress so far: {r.Progress}") : "");

    public static string ExtensionRefused(Lang lang, string reason) => lang.Pick($"不同意延期，理由：{reason}", $"extension refused, reason: {reason}");

    public static string SentBack(Lang lang, string reason) => lang.Pick($"退回（不属于本单位），原因：{reason}", $"sent back as not the unit's, reason: {reason}");
    public static string Kept(Lang lang, string note) => lang.Pick($"仍由原单位办理，说明：{note}", $"kept with the unit, explanation: {note}");
    public static string Reassigned(Lang lang, string from, string to) => lang.Pick($"改派：{from} → {to}", $"reassigned: {from} → {to}");

    public static string Instruction(Lang lang, string text) => lang.Pick($"批示：{text}", $"instruction: {text}");
    /// <summary>代理: "by X for Y".</summary>
    public static string ForWhom(Lang lang, string principal) => lang.Pick($"（代{principal}）", $" (for {principal})");

    public static string Truncated(Lang lang, int hidden) => lang.Pick($"（更早的 {hidden} 条记录未显示）", $"({hidden} earlier entries not shown)");

    private static string Via(Lang lang, string action) => action switch
    {
        AuditActions.ProgressReport => lang.Pick("报告进展", "progress report"),
        AuditActions.CheckOffRequest => lang.Pick("申请销号", "check-off request"),
        AuditActions.CheckOffApprove => lang.Pick("同意销号", "check-off approved"),
        AuditActions.CheckOffReturn => lang.Pick("退回", "sent back"),
        AuditActions.SignFor => lang.Pick("签收", "signed for"),
        AuditActions.Reassign => lang.Pick("改派后重新交办", "dispatched again after reassignment"),
        _ => lang.Pick("状态变更", "status change"),
    };

    private static string Files(Lang lang, int n) => n > 0 ? lang.Pick($"，附件 {n} 个", $", {n} file(s)") : "";

    /// <summary>A date as the audit trail stores it (yyyy-MM-dd), shown in the reader's language.</summary>
    private static string Day(Lang lang, string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
            ? ItemTexts.Date(lang, d) : lang.Pick("未定", "not set");

    private static string Pct(string? v) => v is null ? "—" : v + "%";
}
