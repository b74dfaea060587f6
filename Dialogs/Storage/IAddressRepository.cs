using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Storage;

/// <summary>Conversation addresses: a member's 1:1 chat (<see cref="ConversationAddress.ForMember"/>) or a conversation's.</summary>
public interface IAddressRepository
{
    ConversationAddress? Get(string id);
    IReadOnlyList<ConversationAddress> All();
    /// <summary>The conversation's address and its threads' ("{id};messageid=…").</summary>
    IReadOnlyList<ConversationAddress> InConversation(string conversationId);
    /// <summary>Addresses whose serviceUrl the channel vouched for.</summary>
    IReadOnlyList<ConversationAddress> Trusted();
    /// <summary>A trusted address whose conversation still has the app, if any.</summary>
    ConversationAddress? AnyReachableTrusted();
    /// <summary>The tenant of any stored address (a bureau is one tenant).</summary>
    string? AnyTenantId();
    void Put(ConversationAddress address);
    void Update(ConversationAddress address);
}
