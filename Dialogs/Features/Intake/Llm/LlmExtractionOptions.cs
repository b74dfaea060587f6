namespace ChatBot.Dialogs.Features.Intake.Llm;

public sealed class LlmExtractionOptions
{
    /// <summary>Characters of meeting text per model call; longer texts are split by section, then paragraph.</summary>
    public int MaxCharsPerCall { get; set; } = 6_000;

    /// <summary>Bound on each call: past it the whole extraction falls back to the rules.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
