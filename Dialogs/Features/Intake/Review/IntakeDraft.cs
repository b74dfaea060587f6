using System.Text.Json;
using ChatBot.Dialogs.Features.Intake.Extraction;

namespace ChatBot.Dialogs.Features.Intake.Review;

/// <summary>
/// An extraction under review (立项审核), kept in the reviewer's pending state. Its id becomes the
/// meeting's id on confirmation, which is what makes a second 确认下发 a no-op.
/// </summary>
public sealed class IntakeDraft
{
    public const string Kind = "intake.review";

    public string Id { get; set; } = "";
    public string ReviewerId { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string ConversationType { get; set; } = "personal";
    public DateTimeOffset ExpiresAt { get; set; }
    public ExtractionResult Extraction { get; set; } = new();
    public bool ByRules { get; set; }
    /// <summary>Set when the LLM failed and the rules were used instead; the card says so.</summary>
    public string? FallbackReason { get; set; }
    public int Page { get; set; }

    public List<ExtractedDirective> Items => Extraction.Directives;

    public string Write() => JsonSerializer.Serialize(this);

    public static IntakeDraft? Read(string data)
    {
        try { return JsonSerializer.Deserialize<IntakeDraft>(data); }
        catch (JsonException) { return null; }
    }
}
