using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Roster.Chat;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Roster.Matching;

/// <summary>
/// Before a turn: is the sender on the roster? The channel calls this with everything Teams told it
/// about the account; a person who matches nobody is recorded and told, politely, whom to ask.
/// </summary>
public static class RosterGate
{
    /// <summary>Binds the account to its member and returns null, or records it and returns the answer for an unmatched person.</summary>
    public static TurnResult? Admit(IStore store, TeamsAccount account, Lang lang, DateTimeOffset at, string? activityId = null) =>
        AccountMatcher.Match(store, account, at, activityId) is null ? Unmatched(store, account, lang) : null;

    /// <summary>The answer for someone who matches nobody on the roster: who they are to ask.</summary>
    public static TurnResult Unmatched(IStore store, TeamsAccount account, Lang lang) =>
        TurnResult.Of(RosterTexts.Unmatched(lang, account.Name, RosterPeople.OfficeNames(store)));
}
