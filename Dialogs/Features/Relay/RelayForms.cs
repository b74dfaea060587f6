using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>
/// The forms a relay meeting takes (传达会议形式). Stored under their Chinese names, whatever language the
/// user typed, so a confirmation in English and one in Chinese land on the same record.
/// </summary>
public static class RelayForms
{
    public const string LeadershipTeam = "班子会议";
    public const string AllStaff = "干部职工大会";
    public const string Dedicated = "专题会";
    /// <summary>What is owed when the requirement names no form: any one relay meeting.</summary>
    public const string AnyForm = "传达会议";

    public static readonly IReadOnlyList<string> Known = [LeadershipTeam, AllStaff, Dedicated];

    private static readonly (string Form, string[] Words)[] Synonyms =
    [
        (LeadershipTeam, ["班子会议", "班子会", "领导班子会议", "党组会", "leadership team meeting", "leadership meeting", "leadership team"]),
        (AllStaff, ["干部职工大会", "职工大会", "全体干部职工大会", "全体会议", "all-staff meeting", "all staff meeting", "all-staff", "staff meeting"]),
        (Dedicated, ["专题会", "专题会议", "专题学习会", "dedicated meeting", "special meeting", "topic meeting"]),
    ];

    /// <summary>"班子会议,干部职工大会" / "all-staff meeting" → canonical names; unknown words are returned in <paramref name="unknown"/>.</summary>
    public static List<string> Parse(string? text, IEnumerable<string> alsoAllowed, out List<string> unknown)
    {
        unknown = [];
        var found = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return found;
        var allowed = alsoAllowed.ToList();
        foreach (var raw in text.Split([',', '，', '、', ';', '；', '/', '和', '及'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var word = raw.Trim().ToLowerInvariant();
            var form = allowed.FirstOrDefault(a => a.Equals(raw, StringComparison.OrdinalIgnoreCase))
                ?? Synonyms.FirstOrDefault(s => s.Words.Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase))).Form;
            if (form is null) unknown.Add(raw);
            else if (!found.Contains(form)) found.Add(form);
        }
        return found;
    }

    /// <summary>Forms mentioned anywhere in a sentence ("我们开了班子会议" → 班子会议).</summary>
    public static List<string> FindIn(string text, IEnumerable<string> alsoAllowed)
    {
        var lower = text.ToLowerInvariant();
        var found = alsoAllowed.Where(a => text.Contains(a, StringComparison.Ordinal)).ToList();
        foreach (var (form, words) in Synonyms)
            if (!found.Contains(form) && words.Any(w => lower.Contains(w, StringComparison.Ordinal))) found.Add(form);
        return found;
    }

    public static string Display(string form, Lang lang) => lang == Lang.Zh ? form : form switch
    {
        LeadershipTeam => "leadership team meeting (班子会议)",
        AllStaff => "all-staff meeting (干部职工大会)",
        Dedicated => "dedicated meeting (专题会)",
        AnyForm => "a relay meeting (any form)",
        _ => form,
    };

    public static string List(IEnumerable<string> forms, Lang lang) =>
        string.Join(RelayTexts.Enumeration(lang), forms.Select(f => Display(f, lang)));
}
