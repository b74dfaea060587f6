using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake.Extraction;

namespace ChatBot.Dialogs.Features.Intake;

/// <summary>
/// <c>extract &lt;file&gt; [--json] [--rules]</c>: reads a meeting document and prints what the rules extract.
/// --rules is accepted for symmetry with the LLM path; this command only ever runs the rules.
/// </summary>
public static class ExtractCommand
{
    public const string Usage = "usage: extract <file.txt|file.docx> [--json] [--rules]";

    /// <returns>0 on success, 2 on bad arguments or a missing file.</returns>
    public static int Run(IReadOnlyList<string> args, IReadOnlyList<Unit> roster, DateOnly today, TextWriter output, TextWriter? error = null)
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
        var result = new RuleExtractor().Extract(MeetingTextReader.Read(file), roster, today);
        output.Write(args.Contains("--json") ? ExtractionJson.Write(result) + Environment.NewLine : ExtractionText.Write(result));
        return 0;
    }
}
