namespace ChatBot.Dialogs.Items;

/// <summary>
/// The audit trail's action names for items, as stored. They are their own constants, not the intent
/// or verb names that happen to share their spelling today: renaming a verb must not change what old
/// history rows mean.
/// </summary>
public static class AuditActions
{
    /// <summary>The item was created by a confirmed intake (→ Dispatched).</summary>
    public const string Dispatch = "dispatch";
    /// <summary>The unit signed for the meeting's dispatch (Dispatched → SignedFor, or a stamp on a later status).</summary>
    public const string SignFor = "signFor";
    /// <summary>A progress report moved the item (→ InProgress).</summary>
    public const string ProgressReport = "progressReport";
    public const string CheckOffRequest = "checkOffRequest";
    public const string CheckOffApprove = "checkOffApprove";
    public const string CheckOffReturn = "checkOffReturn";
    /// <summary>延期申请: From is the deadline at the time, To the date asked for (yyyy-MM-dd); the status does not move.</summary>
    public const string ExtensionRequest = "extensionRequest";
    /// <summary>An approved extension moved the deadline: From → To are the old and new dates (yyyy-MM-dd).</summary>
    public const string ExtensionApprove = "extensionApprove";
    /// <summary>An extension was refused: the deadline stays (From = To).</summary>
    public const string ExtensionRefuse = "extensionRefuse";
    /// <summary>退回: the unit says the item is not theirs (From = To = the unit's id); the status does not move.</summary>
    public const string SendBackRequest = "sendBackRequest";
    /// <summary>改派: the office gave the item to another unit. One row From → To unit ids, one row for the status (→ Dispatched).</summary>
    public const string Reassign = "reassign";
    public const string ReassignUnit = "reassignUnit";
    /// <summary>The office kept a sent-back item with its unit (From = To = the unit's id).</summary>
    public const string ReassignKeep = "reassignKeep";
    /// <summary>批示: a leader's instruction on the item (From null, To the instruction as written); the status does not move.</summary>
    public const string Instruction = "instruction";
    /// <summary>转派: the unit's head passed (part of) the item down; on the parent, To is the new item's number.</summary>
    public const string PassDown = "passDown";
    /// <summary>转派: the new item was created by a pass-down (→ Dispatched); From is the parent's number.</summary>
    public const string PassedDown = "passedDown";
    /// <summary>佐证材料 added to the item (To: the files' names); the status does not move.</summary>
    public const string Evidence = "evidence";
    /// <summary>The completion percentage changed (a field change, not a status move).</summary>
    public const string Percent = "percent";
}
