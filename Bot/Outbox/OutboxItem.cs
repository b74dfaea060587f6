using ChatBot.Bot.Channel.Schema;

namespace ChatBot.Bot.Outbox;

/// <summary>One message of a batch handed to <see cref="Outbox.Enqueue(IEnumerable{OutboxItem})"/>.</summary>
/// <param name="UpdateOfKey">Replace the message sent under this key in place, once it has been sent (a status card).</param>
/// <param name="Perishable">Not resent when its person or chat becomes reachable again (a reminder; see OutboxMessage.Perishable).</param>
public sealed record OutboxItem(string Key, OutboxTarget Target, Activity Activity, string? UpdateActivityId = null, DateTimeOffset? NotBefore = null, string? UpdateOfKey = null,
    bool Perishable = false);
