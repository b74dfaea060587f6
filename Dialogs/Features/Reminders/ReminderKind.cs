namespace ChatBot.Dialogs.Features.Reminders;

public enum ReminderKind
{
    /// <summary>临近: a few working days before the deadline (yellow).</summary>
    Approaching = 0,
    /// <summary>今日到期: on the deadline (or the last working day before it).</summary>
    DueToday = 1,
    /// <summary>逾期: after the deadline, on the cadence.</summary>
    Overdue = 2,
    /// <summary>逾期督办: to the leader in charge and the office; ignores pauses.</summary>
    Escalation = 3,
    /// <summary>传达催办: a unit has not confirmed every required relay meeting.</summary>
    RelayChase = 4,
    /// <summary>督办日报: the office's daily counts by unit.</summary>
    Digest = 5,
    /// <summary>报送进展: a reporting cadence's report day (Features/Cadence); one-tap answers.</summary>
    ReportAsk = 6,
    /// <summary>我的提醒汇总: a member's held reminders (quiet hours, daily-digest preference) in one message.</summary>
    PersonalDigest = 7,
}
