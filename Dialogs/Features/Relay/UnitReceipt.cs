namespace ChatBot.Dialogs.Features.Relay;

/// <summary>
/// A unit's 签收 of a meeting's dispatch. Kept per meeting and unit (besides SignedBy/SignedAt on each
/// assignment) because a unit may owe only the relay meeting and have no directive to sign on.
/// </summary>
public sealed class UnitReceipt
{
    /// <summary>meeting + unit: a second 签收 finds the first.</summary>
    public string Id { get; set; } = "";
    public string MeetingId { get; set; } = "";
    public string UnitId { get; set; } = "";
    public string SignedBy { get; set; } = "";
    public DateTimeOffset SignedAt { get; set; }

    public static string KeyFor(string meetingId, string unitId) => $"{meetingId}|{unitId}";
}
