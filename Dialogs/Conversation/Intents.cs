namespace ChatBot.Dialogs.Conversation;

/// <summary>
/// The catalogue of intents both understanding paths (rules and LLM) produce, and the slots each
/// carries. A feature answers one or more of these names; card actions use the same names as verbs.
/// Slot values are strings: dates as yyyy-MM-dd, numbers in digits, lists comma-separated.
/// </summary>
public static class Intents
{
    /// <summary>帮助 / help. No slots.</summary>
    public const string Help = "help";

    /// <summary>我的待办. Slots: due (overdue|soon|thisWeek|today), unit (unit name as said), meeting (title words), status (open|pending|closed).</summary>
    public const string OpenItems = "openItems";

    /// <summary>A unit held its relay meeting. Slots: date, forms (班子会议,干部职工大会,专题会), attendees, unit, notes, meeting.</summary>
    public const string RelayConfirm = "relayConfirm";

    /// <summary>更正：参会人数是45. Slots: attendees, date, forms, notes.</summary>
    public const string RelayCorrect = "relayCorrect";

    /// <summary>传达情况 / relay status. Slots: meeting, unit.</summary>
    public const string RelayStatus = "relayStatus";

    /// <summary>签收. Slots: meeting.</summary>
    public const string SignFor = "signFor";

    /// <summary>进展 on an item. Slots: item (number), text, percent, task (words naming the task when no number).</summary>
    public const string ProgressReport = "progressReport";

    /// <summary>申请销号. Slots: item, note.</summary>
    public const string CheckOffRequest = "checkOffRequest";

    /// <summary>同意销号 (office). Slots: item.</summary>
    public const string CheckOffApprove = "checkOffApprove";

    /// <summary>退回 (office). Slots: item, reason.</summary>
    public const string CheckOffReturn = "checkOffReturn";

    /// <summary>第3条 记录 / history of item 3. Slots: item.</summary>
    public const string ItemHistory = "itemHistory";

    /// <summary>A meeting text to extract directives from. Slots: text.</summary>
    public const string IntakeStart = "intakeStart";

    /// <summary>A review edit. Slots: item, field (owner|assisting|deadline|task|delete|add), value.</summary>
    public const string IntakeEdit = "intakeEdit";

    /// <summary>确认 / yes: confirms whatever the conversation is waiting for.</summary>
    public const string Confirm = "confirm";

    /// <summary>取消 / cancel: drops whatever the conversation is waiting for.</summary>
    public const string Cancel = "cancel";

    /// <summary>市政工程处负责人是谁 / who heads X. Slots: unit, role (head|deputy|liaison).</summary>
    public const string RosterWhoIs = "rosterWhoIs";

    /// <summary>我是哪个单位的 / which unit am I in. No slots.</summary>
    public const string RosterMyUnit = "rosterMyUnit";

    /// <summary>未匹配人员 / unmatched people (office). No slots.</summary>
    public const string RosterUnmatched = "rosterUnmatched";

    /// <summary>Roster maintenance (office). Slots: action (addMember|removeMember|setRole|addUnit|addAlias|renameUnit|bind), member, unit, role, value.</summary>
    public const string RosterChange = "rosterChange";

    /// <summary>暂停提醒3天. Slots: days.</summary>
    public const string PauseReminders = "pauseReminders";

    /// <summary>恢复提醒. No slots.</summary>
    public const string ResumeReminders = "resumeReminders";

    /// <summary>送达情况 / delivery report of a dispatch (office). Slots: meeting.</summary>
    public const string DeliveryReport = "deliveryReport";

    /// <summary>重发未送达 / resend to unreached (office). Slots: meeting.</summary>
    public const string ResendUnreached = "resendUnreached";

    // --- Ledger (Features/Ledger) ---
    /// <summary>导出台账 / export ledger. Slots: meeting (title words, or "this"), unit, from, to (yyyy-MM-dd), scope (all = with closed items), dates ("bad" when a range was not readable).</summary>
    public const string LedgerExport = "ledgerExport";

    // --- Numbered sheets (Features/DispatchSheet) ---
    /// <summary>打印督办单 第3条 / 打印催办单 第3条 (office). Slots: item, kind (dispatch|chase).</summary>
    public const string PrintDispatchSheet = "printDispatchSheet";

    public const string Unknown = "unknown";
}
