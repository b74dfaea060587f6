using System.Globalization;

namespace ChatBot.Dialogs.Features.Reminders;

/// <summary>What reminders say, in zh-CN (the default) and en-US.</summary>
public sealed class ReminderTexts
{
    private readonly bool _zh;

    private ReminderTexts(bool zh) => _zh = zh;

    public static ReminderTexts Chinese { get; } = new(true);
    public static ReminderTexts English { get; } = new(false);

    /// <summary>English for any "en…" locale, Chinese for everything else (the product is Chinese first).</summary>
    public static ReminderTexts For(string? locale) =>
        Conversation.LangExtensions.FromLocale(locale) == Conversation.Lang.En ? English : Chinese;

    public static ReminderTexts For(Conversation.Lang lang) => lang == Conversation.Lang.En ? English : Chinese;

    public string Locale => _zh ? "zh-CN" : "en-US";
    public Conversation.Lang Lang => _zh ? Conversation.Lang.Zh : Conversation.Lang.En;

    public string Title(ReminderKind kind) => (kind, _zh) switch
    {
        (ReminderKind.Approaching, true) => "督办事项临近截止",
        (ReminderKind.Approaching, false) => "Directive due soon",
        (ReminderKind.DueToday, true) => "督办事项今日到期",
        (ReminderKind.DueToday, false) => "Directive due today",
        (ReminderKind.Overdue, true) => "督办事项已逾期",
        (ReminderKind.Overdue, false) => "Directive overdue",
        (ReminderKind.Escalation, true) => "逾期事项督办",
        (ReminderKind.Escalation, false) => "Overdue directive escalated",
        (ReminderKind.RelayChase, true) => "传达会议催办",
        (ReminderKind.RelayChase, false) => "Relay meeting not confirmed",
        (ReminderKind.Digest, true) => "督办日报",
        (ReminderKind.Digest, false) => "Daily directive digest",
        (ReminderKind.ReportAsk, true) => "请报送进展",
        (ReminderKind.ReportAsk, false) => "Progress report due",
        (ReminderKind.PersonalDigest, true) => "我的提醒汇总",
        (ReminderKind.PersonalDigest, false) => "My reminders, held for you",
        _ => kind.ToString(),
    };

    /// <summary>The traffic-light word: 临近 / 今日到期 / 逾期N天.</summary>
    public string Light(ReminderDue due) => due.Kind switch
    {
        ReminderKind.Approaching => _zh ? "临近" : "Due soon",
        ReminderKind.DueToday => _zh ? "今日到期" : "Due today",
        _ => Overdue(due.DaysOverdue),
    };

    public string Overdue(int days) => _zh ? $"逾期{days}天" : days == 1 ? "1 day overdue" : $"{days} days overdue";

    public string ItemNumber(int number) => _zh ? $"第{number}条" : $"Item {number}";

    /// <summary>One line that stands for the card where a card cannot be shown (notification, summary).</summary>
    public string Summary(ReminderDue due) => due.Kind switch
    {
        ReminderKind.Digest or ReminderKind.PersonalDigest => $"{Title(due.Kind)} · {Date(due.Day)}",
        ReminderKind.ReportAsk => _zh
            ? $"{Title(due.Kind)}：{ItemNumber(due.Assignment?.Number ?? 0)} {due.Assignment?.Task ?? ""}"
            : $"{Title(due.Kind)}: {ItemNumber(due.Assignment?.Number ?? 0)} {due.Assignment?.Task ?? ""}",
        ReminderKind.RelayChase => _zh
            ? $"{Title(due.Kind)}：{due.Unit?.Name ?? ""}「{due.Meeting?.Title ?? ""}」传达会议{Light(due)}未确认"
            : $"{Title(due.Kind)}: {due.Unit?.Name ?? ""} — \"{due.Meeting?.Title ?? ""}\", {Light(due)}",
        _ => _zh
            ? $"{Title(due.Kind)}：{ItemNumber(due.Assignment?.Number ?? 0)} {due.Assignment?.Task ?? ""}（{Light(due)}）"
            : $"{Title(due.Kind)}: {ItemNumber(due.Assignment?.Number ?? 0)} {due.Assignment?.Task ?? ""} ({Light(due)})",
    };

    /// <summary>Said to the leader and office above the facts of an escalated item.</summary>
    public string EscalationLead(ReminderDue due) => _zh
        ? $"{due.Unit?.Name ?? due.Assignment?.UnitId}承办的事项已{Overdue(due.DaysOverdue)}，请督促落实。"
        : $"This item owed by {due.Unit?.Name ?? due.Assignment?.UnitId} is {Overdue(due.DaysOverdue)}; please follow up.";

    public string RelayLead => _zh
        ? "以下会议精神的传达尚未确认，请尽快组织传达并在群内确认。"
        : "This meeting has not yet been relayed and confirmed by your unit; please hold the relay meeting and confirm it here.";

    public string TaskLabel => _zh ? "任务" : "Task";
    public string UnitLabel => _zh ? "责任单位" : "Unit";
    public string DueLabel => _zh ? "截止日期" : "Due";
    public string MeetingLabel => _zh ? "会议" : "Meeting";
    public string FormsLabel => _zh ? "未确认形式" : "Not yet confirmed";
    public string OpenItems => _zh ? "我的待办" : "My open items";

    public string DigestTotals(int overdue, int dueSoon, int relay) => _zh
        ? $"逾期 {overdue} 项 · 临近 {dueSoon} 项 · 传达未确认 {relay} 个"
        : $"{overdue} overdue · {dueSoon} due soon · {relay} relay outstanding";

    public string DigestLine(DigestLine line) => (_zh
        ? $"逾期 {line.Overdue} · 临近 {line.DueSoon} · 传达未确认 {line.RelayOutstanding}"
        : $"{line.Overdue} overdue · {line.DueSoon} due soon · {line.RelayOutstanding} relay")
        + (line.ReportsOverdue > 0 ? (_zh ? $" · 报送逾期 {line.ReportsOverdue}" : $" · {line.ReportsOverdue} report overdue") : "");

    public string ReportsOverdueTotal(int count) => _zh
        ? $"报送逾期 {count} 项：已按报送要求提醒，未报进展。"
        : count == 1 ? "1 report overdue: asked for on its cadence, not given." : $"{count} reports overdue: asked for on their cadence, not given.";

    public string SnoozeOver => _zh ? "您设置的稍后提醒时间到了。" : "The snooze you set is over.";

    public string HeldCount(int count) => _zh
        ? $"以下 {count} 条提醒在免打扰时段或按您的每日汇总设置暂缓发送，现一并送达。"
        : count == 1 ? "This reminder was held (quiet hours or your daily-digest setting) and comes now." : $"These {count} reminders were held (quiet hours or your daily-digest setting) and come together now.";

    /// <summary>One held reminder as a line of the personal digest.</summary>
    public string HeldLine(ReminderSettings.ReminderHold h) => h.Kind switch
    {
        ReminderKind.RelayChase => _zh ? $"{Title(h.Kind)}：{h.UnitName}「{h.MeetingTitle}」" : $"{Title(h.Kind)}: {h.UnitName} - \"{h.MeetingTitle}\"",
        ReminderKind.ReportAsk => _zh ? $"{Title(h.Kind)}：{ItemNumber(h.Number)} {h.Task}" : $"{Title(h.Kind)}: {ItemNumber(h.Number)} {h.Task}",
        _ => _zh
            ? $"{Title(h.Kind)}：{ItemNumber(h.Number)} {h.Task}（{HeldLight(h)}）"
            : $"{Title(h.Kind)}: {ItemNumber(h.Number)} {h.Task} ({HeldLight(h)})",
    };

    private string HeldLight(ReminderSettings.ReminderHold h) => h.Kind switch
    {
        ReminderKind.Approaching => _zh ? "临近" : "Due soon",
        ReminderKind.DueToday => _zh ? "今日到期" : "Due today",
        _ => Overdue(h.DaysOverdue),
    };

    public string DigestMore(int shown, int total) => _zh
        ? $"列出 {shown} 个单位，另有 {total - shown} 个未列出；点“我的待办”查看全部事项。"
        : $"{shown} units are listed; {total - shown} more are not. Open \"my open items\" to see everything.";
    public string DigestNothing => _zh ? "今日没有逾期、临近或未确认传达的事项。" : "Nothing overdue, due soon or awaiting relay today.";

    public string Paused(DateOnly until) => _zh
        ? $"好的，{Date(until)}前不再向您推送提醒（逾期督办仍会送达分管领导）。发送“恢复提醒”可随时恢复。"
        : $"OK, no reminders for you until {Date(until)} inclusive (escalations still reach your leader). Say \"resume reminders\" to undo.";

    // How the confirmation card names a pause or resume the language model read.
    public string PauseProposal => _zh ? "暂停提醒" : "pause your reminders";
    public string ResumeProposal => _zh ? "恢复提醒" : "resume your reminders";

    public string Resumed => _zh ? "已恢复提醒。" : "Reminders are back on.";
    public string NotPaused => _zh ? "您的提醒没有暂停。" : "Your reminders were not paused.";
    public string PauseCapped(int maxDays) => _zh ? $"暂停最长{maxDays}天。" : $"A pause lasts at most {maxDays} days.";

    /// <summary>Local dates as people write them: 2026年11月20日（周五） / Fri 20 Nov 2026.</summary>
    public string Date(DateOnly day) => _zh
        ? $"{day.Year}年{day.Month}月{day.Day}日（周{"日一二三四五六"[(int)day.DayOfWeek]}）"
        : day.ToString("ddd d MMM yyyy", CultureInfo.GetCultureInfo("en-US"));
}
