using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;
using LiteDB;

namespace ChatBot.Dialogs.Features.Roster.Matching;

/// <summary>
/// The one matcher of Teams accounts to roster members — the channel user id once bound, otherwise the
/// object id (it never changes), then email, then UPN, case-insensitively. A new binding is always
/// audited and takes the channel id from whoever held it before. Accounts that match nobody are
/// recorded for the office.
/// </summary>
public static class AccountMatcher
{
    public const string SystemActor = "system:teams-match";

    /// <summary>The person behind a turn as the channel describes them.</summary>
    public static TeamsAccount AccountOf(Speaker speaker) =>
        new(speaker.ChannelUserId, speaker.Name, speaker.AadObjectId, speaker.Email, null);

    /// <summary>The member already bound to this channel id, without asking anything else (a read, no write).</summary>
    public static Member? FindBound(TaskStore store, string channelUserId) =>
        // A parameter, not Query.EQ: LiteDB keeps one compiled delegate per distinct expression text for ever.
        string.IsNullOrEmpty(channelUserId) ? null : store.Members.FindOne(BsonExpression.Create("$.ChannelUserId = @0", channelUserId));

    public static Member? FindOnRoster(TaskStore store, TeamsAccount account)
    {
        if (Normal(account.AadObjectId) is { } aad && store.Members.FindOne(Query.EQ(nameof(Member.AadObjectId), aad)) is { } byAad) return byAad;
        foreach (var address in new[] { account.Email, account.UserPrincipalName })
            if (Normal(address) is { } email && store.Members.FindOne(Query.EQ(nameof(Member.Email), email)) is { } byEmail) return byEmail;
        return null;
    }

    /// <summary>
    /// The member behind <paramref name="account"/>, or null. Already bound: one indexed read and no
    /// write. Found on the roster by object id or email: bound now (audited, one transaction). Nobody:
    /// nothing is written; <see cref="Match"/> records the account for the office.
    /// </summary>
    public static Member? Resolve(TaskStore store, TeamsAccount account, DateTimeOffset at, string? activityId = null)
    {
        if (Find(store, account) is not { } found) return null;
        if (found.Bound) return found.Member;
        Bind(store, found.Member, account, SystemActor, at, activityId);
        return found.Member;
    }

    /// <summary>The member behind the account, read only: nothing is bound or recorded (callers without a channel: tests, benchmarks).</summary>
    public static Member? Lookup(TaskStore store, TeamsAccount account) => Find(store, account)?.Member;

    /// <summary>Matches and binds, or records the account as unmatched; one transaction. Returns the member or null.</summary>
    public static Member? Match(TaskStore store, TeamsAccount account, DateTimeOffset at, string? activityId = null) =>
        store.Write(s =>
        {
            if (Find(s, account) is not { } found)
            {
                UnmatchedUsers.Record(s, account, at);
                return null;
            }
            Bind(s, found.Member, account, SystemActor, at, activityId);
            return found.Member;
        });

    /// <summary>
    /// The member for the account, and whether the channel id is already theirs. A channel id bound to
    /// one member while Teams names the Entra object id of another member on the roster was bound by
    /// mistake: the object id, which never changes, decides (and binding moves the channel id).
    /// </summary>
    private static (Member Member, bool Bound)? Find(TaskStore store, TeamsAccount account)
    {
        if (FindBound(store, account.ChannelUserId) is { } bound)
        {
            if (Normal(account.AadObjectId) is not { } aad || string.Equals(bound.AadObjectId, aad, StringComparison.OrdinalIgnoreCase)) return (bound, true);
            var named = store.Members.FindOne(Query.EQ(nameof(Member.AadObjectId), aad));
            return named is null || named.Id == bound.Id ? (bound, true) : (named, false);
        }
        return FindOnRoster(store, account) is { } member ? (member, false) : null;
    }

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
            foreach (var other in s.Members.Find(Query.EQ(nameof(Member.ChannelUserId), account.ChannelUserId)).Where(m => m.Id != member.Id).ToList())
            {
                other.ChannelUserId = null;
                s.Members.Update(other);
                s.AppendAudit("member", other.Id, "roster.unbound", account.ChannelUserId, null, actor, at, activityId);
            }
            s.Members.Update(member);
            UnmatchedUsers.Of(s).Delete(account.ChannelUserId);
            if (before != account.ChannelUserId)
                s.AppendAudit("member", member.Id, "roster.bound", before, account.ChannelUserId, actor, at, activityId);
        });
    }

    private static string? Normal(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ToLowerInvariant();
}
