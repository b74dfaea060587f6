using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Features.Reminders;

/// <summary>Quiet hours, local time: "12:00-14:00", "12:00–14:00", "22:00-08:00" (over midnight). Start inclusive, end exclusive.</summary>
public sealed partial record QuietWindow(TimeOnly Start, TimeOnly End)
{
    public static QuietWindow? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = Pattern().Match(text.Normalize(System.Text.NormalizationForm.FormKC).Trim());
        if (!m.Success) return null;
        if (!TimeOnly.TryParseExact(Pad(m.Groups["a"].Value), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TimeOnly.TryParseExact(Pad(m.Groups["b"].Value), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            || start == end) return null;
        return new QuietWindow(start, end);
    }

    private static string Pad(string t) => t.Contains(':') ? (t.IndexOf(':') == 1 ? "0" + t : t) : (t.Length == 1 ? "0" + t : t) + ":00";

    public bool Covers(TimeOnly time) => Start < End ? time >= Start && time < End : time >= Start || time < End;

    public override string ToString() => $"{Start:HH\\:mm}-{End:HH\\:mm}";

    [GeneratedRegex(@"^(?<a>\d{1,2}(?::\d{2})?)\s*(?:-|–|—|~|～|至|到|to)\s*(?<b>\d{1,2}(?::\d{2})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
