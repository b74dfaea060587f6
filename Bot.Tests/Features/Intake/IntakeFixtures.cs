using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake.Extraction;
using ChatBot.Dialogs.Features.Roster;

namespace ChatBot.Bot.Tests.Features.Intake;

/// <summary>The sample roster and the texts, found from the repository root (test csproj stays untouched).</summary>
internal static class IntakeFixtures
{
    public static readonly DateOnly Ref = new(2026, 11, 27);

    public static string RepoRoot { get; } = FindRoot();

    public static IReadOnlyList<Unit> Roster { get; } =
        RosterLoader.Build(RosterLoader.ReadJson(Path.Combine(RepoRoot, "seeds", "org.json"))).Units;

    public static string Sample => File.ReadAllText(Path.Combine(RepoRoot, "seeds", "000_1179419ea5b9d5a1.txt"));

    public static string Text(string name)
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "Features", "Intake", "Texts", name);
        return File.ReadAllText(File.Exists(copied) ? copied : Path.Combine(RepoRoot, "Bot.Tests", "Features", "Intake", "Texts", name));
    }

    public static ExtractionResult Extract(string text, IReadOnlyList<Unit>? roster = null) =>
        new RuleExtractor().Extract(text, roster ?? Roster, Ref);

    /// <summary>The single directive whose source contains <paramref name="key"/>.</summary>
    public static ExtractedDirective One(this ExtractionResult r, string key) =>
        Assert.Single(r.Directives, d => d.Source.Contains(key) || d.Task.Contains(key));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("ChatBot.sln not found above " + AppContext.BaseDirectory);
    }
}
