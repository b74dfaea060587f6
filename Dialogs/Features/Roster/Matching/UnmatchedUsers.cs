using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Roster.Matching;

/// <summary>Who the office still has to add to the roster or bind.</summary>
public static class UnmatchedUsers
{
    public static List<UnmatchedUser> All(IStoreSession store) => store.UnmatchedUsers.All().OrderBy(u => u.FirstSeen).ToList();

    /// <summary>Notes the account, keeping when it was first seen; call inside a store write.</summary>
    public static void Record(IStoreSession store, TeamsAccount account, DateTimeOffset at)
    {
        var user = store.UnmatchedUsers.Get(account.ChannelUserId) ?? new UnmatchedUser { Id = account.ChannelUserId, FirstSeen = at };
        user.Name = account.Name ?? user.Name;
        user.Email = (account.Email ?? account.UserPrincipalName)?.Trim().ToLowerInvariant() ?? user.Email;
        user.AadObjectId = account.AadObjectId?.Trim().ToLowerInvariant() ?? user.AadObjectId;
        user.LastSeen = at;
        store.UnmatchedUsers.Put(user);
    }

    /// <summary>
    /// Finds an unmatched user by what the office typed: the channel id, or (case-insensitively) the
    /// email, the object id or the display name.
    /// </summary>
    public static UnmatchedUser? Find(IStoreSession store, string said)
    {
        var s = said.Trim();
        var all = All(store);
        return all.FirstOrDefault(u => u.Id == s)
            ?? all.FirstOrDefault(u => string.Equals(u.Email, s, StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault(u => string.Equals(u.AadObjectId, s, StringComparison.OrdinalIgnoreCase))
            ?? (all.Count(u => u.Name == s) == 1 ? all.First(u => u.Name == s) : null);
    }

    /// <summary>After the roster changed: binds every unmatched user the roster now names (by object id or email).</summary>
    public static void BindKnown(IStoreSession store, string actor, DateTimeOffset at)
    {
        foreach (var user in All(store))
        {
            var account = new TeamsAccount(user.Id, user.Name, user.AadObjectId, user.Email, null);
            if (AccountMatcher.FindOnRoster(store, account) is { } member)
                AccountMatcher.Bind(store, member, account, actor, at);
        }
    }
}
