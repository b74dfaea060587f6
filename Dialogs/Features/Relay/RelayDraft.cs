using System.Text.Json;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>What to ask next in a typed confirmation.</summary>
public enum RelayQuestion
{
    Unit = 0,
    Date = 1,
    Forms = 2,
    Attendees = 3,
    Confirm = 4,
}

/// <summary>
/// A relay confirmation being filled in over several turns, kept as the pending state of the
/// conversation so a restart or a second bot instance continues where the user left off.
/// </summary>
public sealed class RelayDraft
{
    public const string Kind = "relay.confirm";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string MeetingId { get; set; } = "";
    public string? UnitId { get; set; }
    public List<string> CandidateUnitIds { get; set; } = [];
    public DateOnly? Date { get; set; }
    public List<string> Forms { get; set; } = [];
    public int? Attendees { get; set; }
    public string? Notes { get; set; }
    public List<EvidenceFile> Evidence { get; set; } = [];
    public RelayQuestion Asking { get; set; }

    public string Serialize() => JsonSerializer.Serialize(this, Json);
    public static RelayDraft? Read(string data)
    {
        try { return JsonSerializer.Deserialize<RelayDraft>(data, Json); }
        catch (JsonException) { return null; }
    }
}
