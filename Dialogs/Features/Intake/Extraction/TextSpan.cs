namespace ChatBot.Dialogs.Features.Intake.Extraction;

/// <summary>A slice of the input kept by offsets, so every Source we report is a verbatim substring.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public string Of(string text) => text[Start..End];
}
