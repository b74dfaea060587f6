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
    /// <summary>Counts the card's versions: each edit updates the posted card in place, and an older version never replaces a newer one.</summary>
    public int Revision { get; set; }
    /// <summary>A placeholder while the model reads a long text in the background: edits wait for the card.</summary>
    public bool Analysing { get; set; }

    /// <summary>The key under which the review card is posted once and then updated in place.</summary>
    public string CardKey => $"review:{Id}";

    public List<ExtractedDirective> Items => Extraction.Directives;

    public string Write() => JsonSerializer.Serialize(this);

    public static IntakeDraft? Read(string data)
    {
        try { return JsonSerializer.Deserialize<IntakeDraft>(data); }
        catch (JsonException) { return null; }
    }
}
