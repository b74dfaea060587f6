using System.Globalization;
using System.Text;

namespace ChatBot.Dialogs.Features.Intake.Review;

/// <summary>
/// The chat rules read a normalised message (full-width → half-width), so the values they hand over
/// have "," where the person typed "，". A task or a new item is kept as the person typed it: this finds
/// the value's span in the original message.
/// </summary>
public static class TypedText
{
    public static string Recover(string? typed, string value)
    {
        if (string.IsNullOrEmpty(typed) || value.Length == 0) return value;
        if (typed.Contains(value, StringComparison.Ordinal)) return value;
        // Normalise element by element, remembering where each normalised character came from.
        var normal = new StringBuilder();
        var origin = new List<int>();
        var elements = StringInfo.GetTextElementEnumerator(typed);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            string folded;
            try { folded = element.Normalize(NormalizationForm.FormKC); }
            catch (ArgumentException) { folded = element; }
            foreach (var c in folded)
            {
                normal.Append(c);
                origin.Add(elements.ElementIndex);
            }
        }
        origin.Add(typed.Length);
        var at = normal.ToString().IndexOf(value, StringComparison.Ordinal);
        if (at < 0) return value;
        var start = origin[at];
        // The end is where the element after the value's last character starts.
        var endIndex = at + value.Length;
        var end = endIndex < origin.Count - 1 ? origin[endIndex] : typed.Length;
        while (endIndex < origin.Count - 1 && origin[endIndex] == origin[endIndex - 1]) end = origin[++endIndex];
        return end > start ? typed[start..end] : value;
    }
}
