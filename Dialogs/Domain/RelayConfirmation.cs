namespace ChatBot.Dialogs.Domain;

/// <summary>A unit's record that it held one form of relay meeting for a meeting.</summary>
public sealed class RelayConfirmation
{
    /// <summary>Deterministic: meeting + unit + form, so a second confirmation replaces, never duplicates.</summary>
    public string Id { get; set; } = "";
    public string MeetingId { get; set; } = "";
    public string UnitId { get; set; } = "";
    public string Form { get; set; } = "";
    public DateOnly HeldOn { get; set; }
    public int Attendees { get; set; }
    public string? Notes { get; set; }
    public List<EvidenceFile> Evidence { get; set; } = [];
    public string ConfirmedBy { get; set; } = "";
    public DateTimeOffset ConfirmedAt { get; set; }

    public static string KeyFor(string meetingId, string unitId, string form) => $"{meetingId}|{unitId}|{form}";
}

/// <summary>A reference to an uploaded file (minutes, sign-in sheet photo); the bytes stay where they were uploaded.</summary>
public sealed class EvidenceFile
{
    public string Name { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string Url { get; set; } = "";
    public long? Size { get; set; }
}
