using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Roster.Matching;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Channel.Pipeline;

/// <summary>
/// Second step: the one member resolution of the activity (<see cref="IMemberResolver"/>, the one
/// matcher: AccountMatcher).
/// Someone already bound costs one indexed read and no write; someone on the roster by object id or
/// email is bound now, audited, taking the channel id from whoever held it. For a turn from an
/// unknown sender Teams is asked for this one member (GET …/members/{id}) within
/// Channel:MemberLookupSeconds; when it answers later, the answer binds the member for the next turn.
/// Someone who matches nobody is recorded for the office and told whom to ask, instead of a turn.
/// </summary>
public sealed class MemberStep(IStore store, IMemberResolver members, TeamsRosterMatching teams, TimeProvider time,
    IOptions<Hosting.ChannelOptions> options, ILogger<MemberStep> log) : ITurnStep
{
    private readonly TimeSpan _memberLookup = TimeSpan.FromSeconds(options.Value.MemberLookupSeconds);

    public async ValueTask RunAsync(InboundTurn turn, CancellationToken ct)
    {
        var activity = turn.Activity;
        if (activity.From?.Id is not { } fromId || activity.From.Role == "bot") return;
        var account = turn.Request is { } request
            ? AccountMatcher.AccountOf(request.Speaker)
            : new TeamsAccount(fromId, activity.From.Name, activity.From.AadObjectId, null, null);
        turn.Member = members.Resolve(account, time.GetUtcNow(), activity.Id);
        if (turn.Member is null && turn.IsTurn) (turn.Member, account) = await AskTeamsAsync(turn, account, ct);
        if (turn.Member is null)
        {
            if (turn.IsTurn)
                turn.Answer = RosterGate.Unmatched(store, account, LangExtensions.FromLocale(activity.Locale));
            return;
        }
        // The member's own language, learned from the activity's locale, is stored here and nowhere else
        // (one write, only when it changed), so proactive messages can speak it.
        MemberLanguage.Learn(store, turn.Member, WelcomeOnce.LocaleOf(activity));
    }

    /// <summary>An unknown sender: Teams describes them (email, UPN); then matched or recorded as unmatched, in one transaction.</summary>
    private async Task<(Dialogs.Domain.Member?, TeamsAccount)> AskTeamsAsync(InboundTurn turn, TeamsAccount account, CancellationToken ct)
    {
        var lookup = teams.LookUpAsync(turn.Activity, account.ChannelUserId, CancellationToken.None);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (await Task.WhenAny(lookup, Task.Delay(_memberLookup, stop.Token)) != lookup)
        {
            log.LogWarning("Teams did not answer the member lookup of {User} within {Budget}; matching when it does", account.ChannelUserId, _memberLookup);
            teams.MatchWhenAnswered(lookup);
        }
        else if (await lookup is { } fetched)
        {
            account = fetched with { Name = fetched.Name ?? account.Name, AadObjectId = fetched.AadObjectId ?? account.AadObjectId };
        }
        await stop.CancelAsync();
        return (members.Match(account, time.GetUtcNow(), turn.Activity.Id), account);
    }
}
