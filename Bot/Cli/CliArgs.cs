namespace ChatBot.Bot.Cli;

/// <summary>
/// A command's arguments, split three ways: words ("import", "org.xlsx"), flags ("--dry-run") and
/// configuration overrides ("--Storage:Path=/data/dt.db"), which go to the same configuration the
/// bot reads so a command works on the bot's own store.
/// </summary>
public sealed class CliArgs
{
    public IReadOnlyList<string> Words { get; }
    public IReadOnlySet<string> Flags { get; }
    public string[] ConfigArgs { get; }

    public CliArgs(IEnumerable<string> args)
    {
        var words = new List<string>();
        var flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var config = new List<string>();
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=')) config.Add(arg);
            else if (arg.StartsWith("--", StringComparison.Ordinal)) flags.Add(arg[2..]);
            else words.Add(arg);
        }
        Words = words;
        Flags = flags;
        ConfigArgs = config.ToArray();
    }

    public string? Word(int index) => index < Words.Count ? Words[index] : null;
    public bool Has(string flag) => Flags.Contains(flag);
}
