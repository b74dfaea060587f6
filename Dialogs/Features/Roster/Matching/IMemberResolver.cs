using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Roster.Matching;

/// <summary>
/// The one member resolution of a turn, as a service: the channel's member step calls it once per
/// activity, and nothing after it looks the person up again.
/// </summary>
public interface IMemberResolver
{
    /// <summary>The bound member, or one found on the roster (bound now, audited); null when nobody. Records nothing.</summary>
    Member? Resolve(TeamsAccount account, DateTimeOffset at, string? activityId);

    /// <summary>Like <see cref="Resolve"/>, with what Teams told about the account; someone unmatched is recorded for the office.</summary>
    Member? Match(TeamsAccount account, DateTimeOffset at, string? activityId);
}

/// <summary>Resolution against the roster in the task store, with <see cref="AccountMatcher"/>.</summary>
public sealed class RosterMemberResolver(IStore store) : IMemberResolver
{
    public Member? Resolve(TeamsAccount account, DateTimeOffset at, string? activityId) => AccountMatcher.Resolve(store, account, at, activityId);

    public Member? Match(TeamsAccount account, DateTimeOffset at, string? activityId) => AccountMatcher.Match(store, account, at, activityId);
}
