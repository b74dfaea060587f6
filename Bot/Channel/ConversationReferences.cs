using System.Text.Json;
using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Channel;

/// <summary>Keeps where each member (1:1) and each channel or group chat can be reached later.</summary>
public sealed class ConversationReferences(IStore store, Outbox.Outbox outbox, TrustedServiceUrls trusted, TimeProvider time)
{
    /// <summary>
    /// Keeps where the activity came from: the 1:1 address of <paramref name="memberId"/> (resolved once
    /// by the pipeline's member step) or the conversation's. Written only when something changed — a
    /// new address, another service URL or reference, the app back after a removal — so an ordinary turn
    /// writes nothing here.
    /// </summary>
    public AddressCapture Capture(Activity activity, string? memberId)
    {
        if (activity.Conversation?.Id is not { } conversationId || activity.ServiceUrl is null) return AddressCapture.Unchanged;
        if (IsBotRemoved(activity))
        {
            MarkRemoved(conversationId);
            return AddressCapture.Removed;
        }
        var reference = ConversationReference.From(activity);
        var type = activity.Conversation.ConversationType ?? (activity.Conversation.IsGroup == true ? "groupChat" : "personal");
        var address = new ConversationAddress
        {
            Id = type == "personal" && memberId is not null ? ConversationAddress.ForMember(memberId) : ConversationAddress.ForConversation(conversationId),
            MemberId = type == "personal" ? memberId : null,
            ConversationId = conversationId,
            ConversationType = type,
            ChannelId = activity.ChannelId ?? "",
            ServiceUrl = activity.ServiceUrl,
            ServiceUrlTrusted = trusted.IsLearned(activity.ServiceUrl),
            TenantId = activity.TenantId,
            Reference = JsonSerializer.Serialize(reference, BotJson.Options),
            UpdatedAt = time.GetUtcNow(),
        };
        var stored = store.Addresses.Get(address.Id);
        if (Same(stored, address)) return AddressCapture.Unchanged;
        store.Write(s =>
        {
            s.Addresses.Put(address);
            // Reachable now (again): what could not be delivered here before goes out (reminders excepted).
            if (address.MemberId is { } reachable) outbox.RetryUndeliveredTo(reachable);
            else outbox.RetryUndeliveredToConversation(conversationId);
        });
        return stored?.RemovedAt is not null ? AddressCapture.Restored : AddressCapture.Written;
    }

    /// <summary>True when the stored address already says everything the new one does (and is not marked removed).</summary>
    private static bool Same(ConversationAddress? stored, ConversationAddress fresh) =>
        stored is not null && stored.RemovedAt is null
        && stored.MemberId == fresh.MemberId && stored.ConversationId == fresh.ConversationId
        && stored.ConversationType == fresh.ConversationType && stored.ChannelId == fresh.ChannelId
        && stored.ServiceUrl == fresh.ServiceUrl && stored.ServiceUrlTrusted == fresh.ServiceUrlTrusted
        && stored.TenantId == fresh.TenantId && stored.Reference == fresh.Reference;

    /// <summary>The app was uninstalled from this chat (installationUpdate remove) or the bot removed from it.</summary>
    public static bool IsBotRemoved(Activity activity) =>
        WelcomeOnce.IsBotRemoved(activity)
        || (activity.Type == Activity.Types.ConversationUpdate && activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true);

    /// <summary>
    /// Nothing is sent to this conversation (or its threads) until the app is back: messages for it are kept
    /// as undeliverable without a call to Teams, which would only answer 403.
    /// </summary>
    public int MarkRemoved(string conversationId)
    {
        var now = time.GetUtcNow();
        return store.Write(s =>
        {
            var hit = s.Addresses.InConversation(conversationId);
            foreach (var a in hit.Where(a => a.RemovedAt is null))
            {
                a.RemovedAt = now;
                a.UpdatedAt = now;
                s.Addresses.Update(a);
            }
            return hit.Count;
        });
    }

    /// <summary>
    /// At start-up: the serviceUrl origins the channel vouched for before the restart are trusted again,
    /// so reminders and dispatch cards reach stored conversations before anyone writes. Returns how many origins.
    /// </summary>
    public int RestoreTrust()
    {
        var urls = store.Addresses.Trusted().Select(a => a.ServiceUrl).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var url in urls) trusted.Trust(url);
        return trusted.Origins.Count;
    }

    /// <summary>The tenant of any conversation the bot knows (a bureau is one tenant), for creating 1:1 chats.</summary>
    public string? AnyTenant() => store.Addresses.AnyTenantId();

    public ConversationAddress? ForMember(string memberId) => store.Addresses.Get(ConversationAddress.ForMember(memberId));
    public ConversationAddress? ForConversation(string conversationId) => store.Addresses.Get(ConversationAddress.ForConversation(conversationId));

    /// <summary>The stored reference; null for an address the outbox opened itself (created chat, Graph install), which has none.</summary>
    public static ConversationReference? Read(ConversationAddress address) =>
        string.IsNullOrEmpty(address.Reference) ? null : JsonSerializer.Deserialize<ConversationReference>(address.Reference, BotJson.Options);
}

/// <summary>What capturing an activity's address did.</summary>
public enum AddressCapture
{
    /// <summary>The stored address already said it all: nothing written.</summary>
    Unchanged,
    /// <summary>A new or changed address was stored.</summary>
    Written,
    /// <summary>An address marked removed (uninstall, bot removed, a 403) is good again: the person or chat is back.</summary>
    Restored,
    /// <summary>The app was removed from this conversation: its addresses are marked, nothing is sent there.</summary>
    Removed,
}
