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
    /// <summary>The completion percentage changed (a field change, not a status move).</summary>
    public const string Percent = "percent";
}
