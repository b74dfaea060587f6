using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Bot.Channel;

/// <summary>Sends messages to people who did not write this turn, at the conversation references the bot keeps.</summary>
public sealed class ProactiveDelivery(ConversationReferences references, IConnectorClient connector, TrustedServiceUrls trusted, ILogger<ProactiveDelivery> log)
{
    public async Task DeliverAsync(IEnumerable<ProactiveMessage> messages, CancellationToken ct)
    {
        foreach (var message in messages)
        {
            var address = message.MemberId is { } memberId ? references.ForMember(memberId)
                : message.ConversationId is { } conversationId ? references.ForConversation(conversationId) : null;
            if (address is null)
            {
                log.LogWarning("No conversation reference for {Key}; message not delivered", message.IdempotencyKey);
                continue;
            }
            var reference = ConversationReferences.Read(address)!;
            // References are stored only from authenticated activities, so their serviceUrl is trusted after a restart too.
            trusted.Trust(address.ServiceUrl);
            var activity = new Activity
            {
                Type = Activity.Types.Message,
                ChannelId = reference.ChannelId,
                Conversation = reference.Conversation,
                From = reference.Bot,
                Recipient = reference.User,
                Text = message.Message.Text,
                TextFormat = message.Message.Text is null ? null : "markdown",
                Attachments = message.Message.Card is null ? null : [ActivityMapper.CardAttachment(message.Message.Card)],
            };
            await connector.SendToConversationAsync(address.ServiceUrl, address.ConversationId, activity, ct);
        }
    }
}
