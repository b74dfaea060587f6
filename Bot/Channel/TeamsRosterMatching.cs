using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Dialogs.Features.Roster.Matching;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Channel;

/// <summary>
/// Asks Teams who people are. A message carries the sender's channel id and usually the object id, but
/// not the email; Teams' members API has both, so the pipeline's member step asks it when the sender is
/// not yet known, and this matches everyone when the bot is installed or people are added.
/// </summary>
public sealed class TeamsRosterMatching(IStore store, IConnectorClient connector, TimeProvider time, ILogger<TeamsRosterMatching> log)
{
    /// <summary>The Bot Connector returns at most 500 members per page.</summary>
    private const int PageSize = 500;

    /// <summary>A lookup that outlived its turn still binds the member; it never throws (LookUpAsync logs its failures).</summary>
    public void MatchWhenAnswered(Task<TeamsAccount?> lookup) => _ = MatchLateAsync(lookup);

    private async Task MatchLateAsync(Task<TeamsAccount?> lookup)
    {
        try
        {
            if (await lookup is { } late && AccountMatcher.Match(store, late, time.GetUtcNow()) is not null)
                log.LogInformation("Late member lookup bound {User} to the roster", late.ChannelUserId);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Could not match a member after a late member lookup");
        }
    }

    /// <summary>One member of the activity's conversation (GET …/members/{id}); null when Teams can't be asked or does not know them.</summary>
    public async Task<TeamsAccount?> LookUpAsync(Activity activity, string memberId, CancellationToken ct)
    {
        if (activity.ServiceUrl is null || activity.Conversation?.Id is null) return null;
        // In a channel the members API wants the team's conversation id, not the thread's ";messageid=…".
        var conversationId = activity.Conversation.Id.Split(";messageid=")[0];
        try
        {
            var m = await connector.GetMemberAsync(activity.ServiceUrl, conversationId, memberId, ct);
            return m?.Id is null ? null : new TeamsAccount(m.Id, m.Name, m.AadObjectId, m.Email, m.UserPrincipalName);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or System.Text.Json.JsonException
                                      or UntrustedServiceUrlException or OperationCanceledException)
        {
            log.LogWarning(e, "Member {User} of conversation {Conversation} could not be looked up", memberId, conversationId);
            return null;
        }
    }

    /// <summary>
    /// conversationUpdate (membersAdded) or installationUpdate (add): match everyone in the conversation
    /// when the bot itself arrived, otherwise the people who were added. Runs after the HTTP answer,
    /// because a large team takes longer to list than Teams waits.
    /// </summary>
    public void OnMembersAdded(Activity activity)
    {
        var botArrived = activity.Type == Activity.Types.InstallationUpdate
            ? activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true
            : activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true;
        var added = activity.MembersAdded?.Where(m => m.Id is not null && m.Id != activity.Recipient?.Id).Select(m => m.Id!).ToHashSet() ?? [];
        if (!botArrived && added.Count == 0) return;
        _ = Task.Run(async () =>
        {
            try
            {
                var members = await MembersAsync(activity, CancellationToken.None);
                var now = time.GetUtcNow();
                var matched = 0;
                foreach (var account in members.Where(m => botArrived || added.Contains(m.ChannelUserId)))
                    if (AccountMatcher.Match(store, account, now) is not null) matched++;
                log.LogInformation("Matched {Matched} of {Count} conversation members to the roster", matched, members.Count);
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Could not match the members of conversation {Conversation}", activity.Conversation?.Id);
            }
        });
    }

    /// <summary>Everyone in the activity's conversation, following continuation tokens; empty when Teams can't be asked.</summary>
    private async Task<List<TeamsAccount>> MembersAsync(Activity activity, CancellationToken ct)
    {
        var result = new List<TeamsAccount>();
        if (activity.ServiceUrl is null || activity.Conversation?.Id is null) return result;
        // In a channel the members API wants the team's conversation id, not the thread's ";messageid=…".
        var conversationId = activity.Conversation.Id.Split(";messageid=")[0];
        try
        {
            string? token = null;
            do
            {
                var page = await connector.GetPagedMembersAsync(activity.ServiceUrl, conversationId, PageSize, token, ct);
                result.AddRange(page.Members.Where(m => m.Id is not null && !m.Id.StartsWith("28:", StringComparison.Ordinal))
                    .Select(m => new TeamsAccount(m.Id!, m.Name, m.AadObjectId, m.Email, m.UserPrincipalName)));
                token = string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken;
            } while (token is not null);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or System.Text.Json.JsonException)
        {
            log.LogWarning(e, "The members API of conversation {Conversation} could not be read", conversationId);
        }
        return result;
    }
}
