using ChatBot.Bot.Channel;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Intake;

namespace ChatBot.Bot.Intake;

/// <summary>Intake's background results go the way every proactive message goes: recorded in the durable outbox.</summary>
public sealed class OutboxSink(ProactiveDelivery delivery) : IProactiveSink
{
    public void Deliver(IEnumerable<ProactiveMessage> messages) => delivery.Deliver(messages);
}
