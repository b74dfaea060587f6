using BenchmarkDotNet.Attributes;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake.Extraction;
using ChatBot.Dialogs.Features.Roster;

namespace ChatBot.Bench;

/// <summary>The rule extractor on the sample speech with the sample roster: what one intake costs without an LLM.</summary>
[MemoryDiagnoser, MedianColumn]
public class ExtractBenchmark
{
    private string _speech = "";
    private IReadOnlyList<Unit> _roster = [];
    private readonly RuleExtractor _extractor = new();

    [GlobalSetup]
    public void Setup()
    {
        var seeds = FindSeeds();
        _speech = File.ReadAllText(Path.Combine(seeds, "000_1179419ea5b9d5a1.txt"));
        _roster = RosterLoader.Build(RosterLoader.ReadJson(Path.Combine(seeds, "org.json"))).Units;
    }

    [Benchmark]
    public ExtractionResult ExtractSampleSpeech() => _extractor.Extract(_speech, _roster, new DateOnly(2026, 11, 27));

    // BenchmarkDotNet runs the benchmark from its own build folder, so look upwards from both places.
    private static string FindSeeds()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "seeds", "org.json"))) return Path.Combine(dir.FullName, "seeds");
        throw new DirectoryNotFoundException("seeds/ not found");
    }
}
