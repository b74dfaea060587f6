namespace ChatBot.Dialogs.Features.Scoring;

/// <summary>
/// Configuration section "Scoring": the weights of the monthly score (README, "Scoring and bulletin").
/// score = 100 × (OnTimeWeight × 按期办结率 + RelayWeight × 传达按期率) − OverduePenalty × overdue now
///         − LateDayPenalty × average days late − ExtensionPenalty × extension requests, never below 0.
/// </summary>
public sealed class ScoringOptions
{
    public const string Section = "Scoring";

    public double OnTimeWeight { get; set; } = 0.7;
    public double RelayWeight { get; set; } = 0.3;
    public double OverduePenalty { get; set; } = 2;
    public double LateDayPenalty { get; set; } = 0.5;
    public double ExtensionPenalty { get; set; }

    /// <summary>Fails the start with the key's name: a weight that is not a number ≥ 0, a penalty over 100, or rate weights not summing to 1.</summary>
    public void Validate()
    {
        foreach (var (key, value) in new[]
                 {
                     (nameof(OnTimeWeight), OnTimeWeight), (nameof(RelayWeight), RelayWeight), (nameof(OverduePenalty), OverduePenalty),
                     (nameof(LateDayPenalty), LateDayPenalty), (nameof(ExtensionPenalty), ExtensionPenalty),
                 })
        {
            if (!double.IsFinite(value) || value < 0 || value > 100)
                throw new InvalidOperationException($"{Section}:{key} must be a number from 0 to 100, not {value}");
        }
        if (OnTimeWeight > 1 || RelayWeight > 1 || Math.Abs(OnTimeWeight + RelayWeight - 1) > 1e-9)
            throw new InvalidOperationException($"{Section}:{nameof(OnTimeWeight)} and {Section}:{nameof(RelayWeight)} must add up to 1 (now {OnTimeWeight} + {RelayWeight})");
    }
}
