using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake.Extraction;

namespace ChatBot.Dialogs.Features.Intake;

/// <summary>Meeting text → extraction: the LLM path with the rules behind it, or the rules alone.</summary>
public interface IMeetingExtractor
{
    Task<ExtractionOutcome> ExtractAsync(string text, IReadOnlyList<Unit> roster, DateOnly reference, CancellationToken ct);

    /// <summary>True when extraction may outlast a chat turn (a model call): intake then answers at once and reads in the background.</summary>
    bool RunsInBackground => false;
}

/// <summary>What was extracted and by which path; <see cref="FallbackReason"/> says why the LLM was not used when it should have been.</summary>
public sealed record ExtractionOutcome(ExtractionResult Result, bool ByRules, string? FallbackReason = null)
{
    public bool FellBack => FallbackReason is not null;
}

/// <summary>The deterministic path only (no LLM configured, or --rules).</summary>
public sealed class RuleMeetingExtractor(ExtractionOptions options) : IMeetingExtractor
{
    private readonly RuleExtractor _rules = new(options);

    public Task<ExtractionOutcome> ExtractAsync(string text, IReadOnlyList<Unit> roster, DateOnly reference, CancellationToken ct) =>
        Task.FromResult(new ExtractionOutcome(_rules.Extract(text, roster, reference), ByRules: true));
}
