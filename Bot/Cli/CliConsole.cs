namespace ChatBot.Bot.Cli;

/// <summary>Where a command writes: standard output and error, or captured writers in tests.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    public static CliConsole Standard => new(Console.Out, Console.Error);
}
