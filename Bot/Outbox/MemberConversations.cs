using System.Text.Json.Nodes;
using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Outbox;

/// <summary>
/// Finds a member's 1:1 conversation from the stored address, or creates it once (TEAMS-NOTES (d))
/// and stores the address so the next message reuses it.
/// </summary>
public sealed class MemberConversations(IStore store, IConnectorClient connector, OutboxOptions options, TimeProvider time,
    TrustedServiceUrls? trusted = null, Graph.TeamsAppInstaller? installer = null)
{
    /// <summary>The stored address, if the bot has one; no call is made.</summary>
    public ConversationAddress? Known(string memberId) =>
        store.Addresses.Get(ConversationAddress.ForMember(memberId)) is { ConversationId.Length: > 0 } a ? a : null;

    /// <summary>
    /// A serviceUrl the channel itself sent (Teams uses one per tenant region), better than the default preset
    /// for a person the bot has not talked to yet.
    /// </summary>
    private string? VouchedServiceUrl() =>
        store.Addresses.AnyReachableTrusted()?.ServiceUrl;

    /// <summary>Installs the app for the member through Graph; its 1:1 chat with the bot is then the conversation.</summary>
    private async Task<(string ServiceUrl, string ConversationId)> InstallAsync(Member member, string? tenantId, string url, CancellationToken ct,
        bool reinstall = false)
    {
        var chatId = await installer!.InstallAndGetChatAsync(member.AadObjectId!, ct);
        store.Write(s => s.Addresses.Put(new ConversationAddress
        {
            Id = ConversationAddress.ForMember(member.Id),
            MemberId = member.Id,
            ConversationId = chatId,
            ConversationType = "personal",
            ChannelId = "msteams",
            ServiceUrl = url,
            ServiceUrlTrusted = trusted?.IsLearned(url) == true,
            TenantId = tenantId,
            ReinstalledAt = reinstall ? time.GetUtcNow() : null,
            UpdatedAt = time.GetUtcNow(),
        }));
        return (url, chatId);
    }

    /// <summary>
    /// The member removed the app and Graph is configured: install it for them again (what an app setup policy
    /// would do) and return the chat — once per removal: if Teams still refuses (the person blocked the bot),
    /// the address stays removed until the person writes. Null when no reinstall is possible or due.
    /// </summary>
    public async Task<(string ServiceUrl, string ConversationId)?> TryReinstallAsync(OutboxMessage m, CancellationToken ct)
    {
        if (installer is null || m.MemberId is not { } memberId) return null;
        if (store.Addresses.Get(ConversationAddress.ForMember(memberId)) is not { RemovedAt: not null, ReinstalledAt: null } address) return null;
        if (store.Roster.Member(memberId) is not { AadObjectId.Length: > 0 } member) return null;
        return await InstallAsync(member, address.TenantId ?? m.TenantId, address.ServiceUrl, ct, reinstall: true);
    }

    /// <summary>
    /// Why nothing may be sent for this message now: the app was uninstalled from the member's chat or the
    /// bot removed from the conversation. Null when the address is good (or unknown).
    /// </summary>
    public string? RemovedReason(OutboxMessage m)
    {
        var address = (m.MemberId is { } memberId ? store.Addresses.Get(ConversationAddress.ForMember(memberId)) : null)
            ?? (m.ConversationId is { } conversationId ? store.Addresses.Get(ConversationAddress.ForConversation(conversationId)) : null);
        return address?.RemovedAt is { } at
            ? $"the app was removed from this chat on {at:yyyy-MM-dd HH:mm} UTC; the message waits until it is installed again"
            : null;
    }

    /// <summary>Teams answered 403 (not installed, or blocked): stop calling until the app is back.</summary>
    public void MarkRemoved(OutboxMessage m)
    {
        var id = m.MemberId is { } memberId ? ConversationAddress.ForMember(memberId) : ConversationAddress.ForConversation(m.ConversationId ?? "");
        store.Write(s =>
        {
            // ReinstalledAt is kept: a 403 right after a reinstall means blocked, and the bot does not reinstall again.
            if (s.Addresses.Get(id) is not { RemovedAt: null } address) return;
            address.RemovedAt = time.GetUtcNow();
            s.Addresses.Update(address);
        });
    }

    /// <exception cref="MemberUnreachableException">The member was never seen in Teams, or the bot id is not configured.</exception>
    public async Task<(string ServiceUrl, string ConversationId)> CreateAsync(string memberId, string? tenantId, string? serviceUrl, CancellationToken ct)
    {
        var member = store.Roster.Member(memberId)
            ?? throw new MemberUnreachableException($"member {memberId} is not on the roster");
        if (string.IsNullOrEmpty(member.ChannelUserId))
        {
            if (installer is not null && !string.IsNullOrEmpty(member.AadObjectId))
                return await InstallAsync(member, tenantId, serviceUrl ?? VouchedServiceUrl() ?? options.DefaultServiceUrl, ct);
            throw new MemberUnreachableException(installer is null
                ? $"{member.Name} has not been seen in Teams yet (the app is not installed for them; Graph:Enabled is off)"
                : $"{member.Name} has not been seen in Teams yet and has no Entra object id on the roster to install the app for");
        }
        if (string.IsNullOrEmpty(options.BotId))
            throw new MemberUnreachableException("Outbox:BotId is not configured, so no 1:1 conversation can be created");
        var url = serviceUrl ?? VouchedServiceUrl() ?? options.DefaultServiceUrl;
        var created = await connector.CreateConversationAsync(url, new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = options.BotId },
            Members = [new ChannelAccount { Id = member.ChannelUserId }],
            TenantId = tenantId,
            ChannelData = tenantId is null ? null : new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        }, ct);
        if (string.IsNullOrEmpty(created.Id)) throw new ConnectorException(502, "create conversation returned no id");
        var finalUrl = created.ServiceUrl ?? url;
        store.Write(s => s.Addresses.Put(new ConversationAddress
        {
            Id = ConversationAddress.ForMember(memberId),
            MemberId = memberId,
            ConversationId = created.Id,
            ConversationType = "personal",
            ChannelId = "msteams",
            ServiceUrl = finalUrl,
            ServiceUrlTrusted = trusted?.IsLearned(finalUrl) == true,
            TenantId = tenantId,
            UpdatedAt = time.GetUtcNow(),
        }));
        return (finalUrl, created.Id);
    }
}
