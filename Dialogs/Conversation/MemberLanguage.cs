using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Conversation;

/// <summary>
/// A member's own language: learned from the locale of the activities they send, kept on the member,
/// and used for every message the bot sends them unasked (dispatch cards, check-off notices, reminders).
/// </summary>
public static class MemberLanguage
{
    /// <summary>
    /// Keeps <paramref name="locale"/> as the member's when it differs from the stored one; true when it
    /// was written. A turn without a locale, or with the same one, costs no store write. Call it once per
    /// activity, where the sender has been matched to the roster.
    /// </summary>
    public static bool Learn(IStoreSession store, Member member, string? locale)
    {
        var seen = Normalise(locale);
        if (seen is null || string.Equals(seen, member.Locale, StringComparison.OrdinalIgnoreCase)) return false;
        member.Locale = seen;
        return store.Write(s =>
        {
            // Read again inside the write: only the locale changes, whatever else changed meanwhile.
            var current = s.Roster.Member(member.Id);
            if (current is null || string.Equals(current.Locale, seen, StringComparison.OrdinalIgnoreCase)) return false;
            current.Locale = seen;
            s.Roster.UpdateMember(current);
            return true;
        });
    }

    /// <summary>The member's language; <paramref name="fallback"/> (the bureau's) while it is not known.</summary>
    public static Lang Of(Member? member, Lang fallback) =>
        string.IsNullOrWhiteSpace(member?.Locale) ? fallback : LangExtensions.FromLocale(member.Locale);

    /// <summary>The language of the member with this id (the bureau's when the id is unknown or their language is).</summary>
    public static Lang Of(IStoreSession store, string memberId, Lang fallback) => Of(store.Roster.Member(memberId), fallback);

    /// <summary>A locale as sent by a client, trimmed; null when it says nothing or is not a plausible tag.</summary>
    private static string? Normalise(string? locale)
    {
        var value = locale?.Trim();
        if (string.IsNullOrEmpty(value) || value.Length > 35) return null;
        return value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? value : null;
    }
}
