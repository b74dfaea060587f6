using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Features.Intake.Extraction;

public sealed class ExtractionOptions
{
    public TimeOptions Time { get; init; } = new();
}
