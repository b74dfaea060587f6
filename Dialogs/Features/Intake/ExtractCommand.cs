using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake.Extraction;

namespace ChatBot.Dialogs.Features.Intake;

/// <summary>
/// <c>extract &lt;file&gt; [--json] [--rules]</c>: reads a meeting document and prints what was extracted.
/// The caller passes the extractor (the LLM path when configured); --rules makes it pass the rules.
/// </summary>
public static class ExtractCommand
{
    public const string Usage = "usage: extract <file.txt|file.docx> [--json] [--rules]";

    /// <returns>0 on success, 2 on bad arguments or a missing file.</returns>
    public static int Run(IReadOnlyList<string> args, IReadOnlyList<Unit> roster, DateOnly today, TextWriter output, TextWriter? error = null) =>
        RunAsync(args, roster, today, new RuleMeetingExtractor(new ExtractionOptions()), output, error).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(IReadOnlyList<string> args, IReadOnlyList<Unit> roster, DateOnly today, IMeetingExtractor extractor,
        TextWriter output, TextWriter? error = null, CancellationToken ct = default)
    {
        error ??= output;
        var file = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (file is null || args.Any(a => a.StartsWith("--", StringComparison.Ordinal) && a is not ("--json" or "--rules")))
        {
            error.WriteLine(Usage);
            return 2;
        }
        if (!File.Exists(file))
        {
            error.WriteLine($"extract: {file}: no such file");
            return 2;
        }
        var outcome = await extractor.ExtractAsync(MeetingTextReader.Read(file), roster, today, ct);
        // Stdout stays one JSON object with --json; which path ran is said on stderr.
        if (outcome.FallbackReason is { } reason) error.WriteLine($"extract: the LLM failed ({reason}); the rules were used");
        output.Write(args.Contains("--json") ? ExtractionJson.Write(outcome.Result) + Environment.NewLine : ExtractionText.Write(outcome.Result));
        return 0;
    }
}
