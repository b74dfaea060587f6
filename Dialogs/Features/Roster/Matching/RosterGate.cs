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
    /// <summary>True when the account is already bound or its object id or email is on the roster (no need to ask Teams).</summary>
    public static bool IsKnown(TaskStore store, TeamsAccount account) =>
        AccountMatcher.FindBound(store, account.ChannelUserId) is not null || AccountMatcher.FindOnRoster(store, account) is not null;

    /// <summary>Binds the account to its member and returns null, or records it and returns the answer for an unmatched person.</summary>
    public static TurnResult? Admit(TaskStore store, TeamsAccount account, Lang lang, DateTimeOffset at) =>
        AccountMatcher.Match(store, account, at) is null
            ? TurnResult.Of(RosterTexts.Unmatched(lang, account.Name, RosterPeople.OfficeNames(store)))
            : null;
}
