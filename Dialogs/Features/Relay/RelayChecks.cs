using ChatBot.Dialogs.Understanding;
using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>Reads and checks the values of a confirmation, from a card input or a typed answer.</summary>
public static partial class RelayChecks
{
    /// <summary>yyyy-MM-dd (cards, LLM slots), yyyy/M/d, M月d日, 今天/昨天/前天, today/yesterday.</summary>
    public static DateOnly? ParseDate(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Normalize(System.Text.NormalizationForm.FormKC).Trim().ToLowerInvariant();
        if (DateOnly.TryParseExact(t, ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact)) return exact;
        if (t.Contains("前天")) return today.AddDays(-2);
        if (t.Contains("昨天") || t.Contains("昨日") || t.Contains("yesterday")) return today.AddDays(-1);
        if (t.Contains("今天") || t.Contains("今日") || t.Contains("today")) return today;
        var full = FullDate().Match(t);
        if (full.Success && TryDate(int.Parse(full.Groups[1].Value), int.Parse(full.Groups[2].Value), int.Parse(full.Groups[3].Value), out var f)) return f;
        var md = MonthDay().Match(t);
        if (md.Success && TryDate(today.Year, int.Parse(md.Groups[1].Value), int.Parse(md.Groups[2].Value), out var d))
            // "12月30日" said in January is last year's; "11月30日" said on Nov 27 is a future date to refuse, not last year's.
            return d.DayNumber - today.DayNumber > 180 && TryDate(today.Year - 1, d.Month, d.Day, out var lastYear) ? lastYear : d;
        return null;
    }

    private static bool TryDate(int y, int m, int d, out DateOnly date)
    {
        date = default;
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>Null when the date is acceptable: not after today, not before the meeting itself.</summary>
    public static string? DateProblem(DateOnly held, Meeting meeting, DateOnly today, Lang lang) =>
        held > today ? RelayTexts.FutureDate(lang, held)
        : meeting.Date is { } m && held < m ? RelayTexts.BeforeMeeting(lang, held, m)
        : null;

    /// <summary>
    /// More than three times the unit's roster plus 50 is taken as a typo: rosters are incomplete, so the
    /// bound is generous, but "420" for a unit of 40 is caught.
    /// </summary>
    public static int MaxAttendees(int rosterHeadcount) => rosterHeadcount * 3 + 50;

    public static string? AttendeesProblem(int attendees, int rosterHeadcount, Lang lang) =>
        attendees <= 0 ? RelayTexts.AttendeesNotPositive(lang)
        : attendees > MaxAttendees(rosterHeadcount) ? RelayTexts.AttendeesAbsurd(lang, attendees, rosterHeadcount)
        : null;

    /// <summary>A card's Input.Number arrives as a number or a string; a typed answer as "42人" or "四十二人".</summary>
    public static int? ReadAttendees(string? raw) => ChineseNumerals.Find(raw);

    [GeneratedRegex(@"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(\d{1,2})\s*[月/-]\s*(\d{1,2})")]
    private static partial Regex MonthDay();
}
