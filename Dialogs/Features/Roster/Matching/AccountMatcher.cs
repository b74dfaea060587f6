using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Roster.Matching;

/// <summary>
/// Matches a Teams account to a roster member — object id first (it never changes), then email, then
/// UPN, case-insensitively — and remembers the channel user id on the member. Accounts that match
/// nobody are recorded for the office.
/// </summary>
public static class AccountMatcher
{
    public const string SystemActor = "system:teams-match";

    /// <summary>The member already bound to this channel id, without asking anything else.</summary>
    public static Member? FindBound(TaskStore store, string channelUserId) =>
        store.Members.FindOne(m => m.ChannelUserId == channelUserId);

    public static Member? FindOnRoster(TaskStore store, TeamsAccount account)
    {
        if (Normal(account.AadObjectId) is { } aad && store.Members.FindOne(m => m.AadObjectId == aad) is { } byAad) return byAad;
        foreach (var address in new[] { account.Email, account.UserPrincipalName })
            if (Normal(address) is { } email && store.Members.FindOne(m => m.Email == email) is { } byEmail) return byEmail;
        return null;
    }

    /// <summary>Matches and binds, or records the account as unmatched; one transaction. Returns the member or null.</summary>
    public static Member? Match(TaskStore store, TeamsAccount account, DateTimeOffset at) =>
        store.Write(s =>
        {
            var member = FindBound(s, account.ChannelUserId) ?? FindOnRoster(s, account);
            if (member is null)
            {
                UnmatchedUsers.Record(s, account, at);
                return null;
            }
            Bind(s, member, account, SystemActor, at);
            return member;
        });

    /// <summary>Stores the channel id (and a missing object id) on the member and clears the unmatched record; audited.</summary>
    public static void Bind(TaskStore store, Member member, TeamsAccount account, string actor, DateTimeOffset at, string? activityId = null)
    {
        store.Write(s =>
        {
            var before = member.ChannelUserId;
            member.ChannelUserId = account.ChannelUserId;
            member.AadObjectId ??= Normal(account.AadObjectId);
            member.Email ??= Normal(account.Email ?? account.UserPrincipalName);
            // A channel id belongs to one person: unbind it from anyone who had it before.
            foreach (var other in s.Members.Find(m => m.ChannelUserId == account.ChannelUserId && m.Id != member.Id).ToList())
            {
                other.ChannelUserId = null;
                s.Members.Update(other);
            }
            s.Members.Update(member);
            UnmatchedUsers.Of(s).Delete(account.ChannelUserId);
            if (before != account.ChannelUserId)
                s.AppendAudit("member", member.Id, "roster.bound", before, account.ChannelUserId, actor, at, activityId);
        });
    }

    private static string? Normal(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ToLowerInvariant();
}
