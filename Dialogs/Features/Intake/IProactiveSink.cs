using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Intake;

/// <summary>
/// Where messages produced outside a turn go — the review card of a text analysed in the background.
/// The bot implements it with its durable outbox, the same path every proactive message takes.
/// </summary>
public interface IProactiveSink
{
    void Deliver(IEnumerable<ProactiveMessage> messages);
}
