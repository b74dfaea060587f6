using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Features.Intake.Extraction;

/// <summary>What one comma-level piece of a sentence says about who must do what.</summary>
internal sealed class PieceInfo
{
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }
    /// <summary>The text with quoted and bracketed content blanked, so cues inside quotations are not read.</summary>
    public required string Masked { get; init; }
    public Match? Modal { get; init; }
    public string Subject { get; init; } = "";
    public List<Owner> SubjectOwners { get; init; } = [];
    public Match? Filing { get; init; }
    public bool IsThisWork { get; init; }
    public Owner? LeadingUnit { get; init; }

    public bool HasModal => Modal is not null;
    public bool HasCue => HasModal || Filing is not null;

    /// <summary>Text after the modal word ("要在X月底前分别谋划…" → "在X月底前分别谋划…"); action cues stay.</summary>
    public string Predicate
    {
        get
        {
            if (Modal is null) return Text;
            var start = Cues.ActionCue().IsMatch(Modal.Value) ? Modal.Index : Modal.Index + Modal.Length;
            return Text[start..];
        }
    }

    public string MaskedPredicate => Modal is null ? Masked : Masked[(Modal.Index + Modal.Length)..];
}

internal static class Masking
{
    /// <summary>Blanks what is inside “…”, 《…》 and （…）, keeping the length so indexes still line up.
    /// Without brackets for names: "各县（市、区）城管局" must keep its brackets' content.</summary>
    public static string Mask(string text, bool brackets = true)
    {
        var chars = text.ToCharArray();
        var depth = 0;
        var quoted = false;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            // "“两会“": an opening quote inside a quotation is a mistyped closing one.
            if (c == '“' && quoted) { depth = Math.Max(0, depth - 1); quoted = false; continue; }
            if (c is '“' or '《' or '「' or '【' || brackets && c is '（' or '(') { depth++; quoted |= c == '“'; continue; }
            if (c is '”' or '》' or '」' or '】' || brackets && c is '）' or ')') { depth = Math.Max(0, depth - 1); quoted &= c != '”'; continue; }
            if (depth > 0) chars[i] = '○';
        }
        return new string(chars);
    }
}
