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
    /// <summary>Values of the command's valued options ("--unit 市政工程处"); a valued option without a value is a flag.</summary>
    public IReadOnlyDictionary<string, string> Options { get; }

    public CliArgs(IEnumerable<string> args, IReadOnlySet<string>? valued = null)
    {
        var words = new List<string>();
        var flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var config = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && !arg.Contains('=') && valued?.Contains(arg[2..]) == true
                && i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal))
                options[arg[2..]] = list[++i];
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=')) config.Add(arg);
            else if (arg.StartsWith("--", StringComparison.Ordinal)) flags.Add(arg[2..]);
            else words.Add(arg);
        }
        Words = words;
        Flags = flags;
        ConfigArgs = config.ToArray();
        Options = options;
    }

    public string? Option(string name) => Options.GetValueOrDefault(name);

    public string? Word(int index) => index < Words.Count ? Words[index] : null;
    public bool Has(string flag) => Flags.Contains(flag);
}
