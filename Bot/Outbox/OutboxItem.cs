using ChatBot.Bot.Channel.Schema;

namespace ChatBot.Bot.Outbox;

/// <summary>One message of a batch handed to <see cref="Outbox.Enqueue(IEnumerable{OutboxItem})"/>.</summary>
public sealed record OutboxItem(string Key, OutboxTarget Target, Activity Activity, string? UpdateActivityId = null, DateTimeOffset? NotBefore = null);
