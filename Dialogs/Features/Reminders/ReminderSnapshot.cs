using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Features.Reminders;

/// <summary>Everything the policy judges, read from the store in one go so the policy stays pure.</summary>
public sealed record ReminderSnapshot
{
    public IReadOnlyList<Assignment> Assignments { get; init; } = [];
    public IReadOnlyList<Meeting> Meetings { get; init; } = [];
    public IReadOnlyList<RelayConfirmation> Confirmations { get; init; } = [];
    public IReadOnlyList<Member> Members { get; init; } = [];
    public IReadOnlyList<Unit> Units { get; init; } = [];
    public IReadOnlyList<ReminderPause> Pauses { get; init; } = [];
    /// <summary>Keys already enqueued (the sent log).</summary>
    public IReadOnlySet<string> SentKeys { get; init; } = new HashSet<string>();
}
