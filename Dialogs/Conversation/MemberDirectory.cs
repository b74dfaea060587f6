using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Conversation;

/// <summary>
/// Roster look-ups by name. The person behind a turn is resolved once, before the turn, by the one
/// matcher (Features/Roster/Matching/AccountMatcher), which audits every binding.
/// </summary>
public static class MemberDirectory
{
    public static Unit? FindUnit(IStoreSession store, string nameOrAlias)
    {
        var name = nameOrAlias.Trim();
        return store.Roster.UnitNamed(name) ?? store.Roster.Units().FirstOrDefault(u => u.Aliases.Contains(name));
    }
}
