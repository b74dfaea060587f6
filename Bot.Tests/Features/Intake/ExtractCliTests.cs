using System.Text.Json;
using ChatBot.Bot.Cli;

namespace ChatBot.Bot.Tests.Features.Intake;

/// <summary>dotnet run --project Bot -- extract &lt;file&gt; --json: exactly one JSON object on stdout.</summary>
public class ExtractCliTests
{
    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, new CliConsole(stdout, stderr));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Json_is_one_object_with_the_sample_speechs_directives()
    {
        var dir = Directory.CreateTempSubdirectory("extract-cli").FullName;
        var (code, stdout, _) = await RunAsync("extract", Path.Combine(IntakeFixtures.RepoRoot, "seeds", "000_1179419ea5b9d5a1.txt"), "--json", "--rules",
            $"--Storage:Path={Path.Combine(dir, "none.db")}");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal("局党组扩大会议", root.GetProperty("meeting").GetProperty("title").GetString());
        Assert.Equal("*", root.GetProperty("relay")[0].GetProperty("units")[0].GetString());
        var directives = root.GetProperty("directives").EnumerateArray().ToList();
        Assert.True(directives.Count >= 8);
        Assert.Contains(directives, d => d.GetProperty("owners").EnumerateArray().Any(o => o.GetString() == "市政工程处"));
        Assert.All(directives, d => Assert.Contains(d.GetProperty("source").GetString()!, IntakeFixtures.Sample));
        // No store was created just to look for a roster.
        Assert.False(File.Exists(Path.Combine(dir, "none.db")));
    }

    [Fact]
    public async Task Bad_arguments_and_missing_files_exit_2_with_usage()
    {
        var (code, stdout, stderr) = await RunAsync("extract");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("extract <file.txt|file.docx>", stderr);

        (code, _, stderr) = await RunAsync("extract", "/nonexistent/meeting.txt", "--json");
        Assert.Equal(2, code);
        Assert.Contains("no such file", stderr);
    }
}

/// <summary>With Llm:* set the command asks the model; --rules never does.</summary>
public class ExtractCliLlmTests
{
    [Fact]
    public async Task The_llm_is_used_when_configured_and_skipped_with_rules()
    {
        await using var stub = await ChatBot.Bot.Tests.Llm.OpenAiStub.StartAsync();
        var sample = Path.Combine(IntakeFixtures.RepoRoot, "seeds", "000_1179419ea5b9d5a1.txt");
        var rules = new ChatBot.Dialogs.Features.Intake.Extraction.RuleExtractor().Extract(IntakeFixtures.Sample, IntakeFixtures.Roster, IntakeFixtures.Ref);
        stub.Then(ChatBot.Bot.Tests.Llm.StubResponses.Answer(Llm.ModelJson.AsModel(rules)));
        string[] llm = ["--Llm:Provider=OpenAI", $"--Llm:Endpoint={stub.BaseUrl}/v1", "--Llm:Model=qwen2.5-7b-instruct", "--Llm:ApiKey=sk-test", "--Llm:MaxRetries=0",
            $"--Storage:Path={Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "none.db")}"];

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(["extract", sample, "--json", .. llm], new CliConsole(stdout, stderr)));
        Assert.Single(stub.Requests);
        Assert.DoesNotContain("rules were used", stderr.ToString());
        using (var doc = JsonDocument.Parse(stdout.ToString())) Assert.NotEmpty(doc.RootElement.GetProperty("directives").EnumerateArray());

        Assert.Equal(0, await CommandLine.RunAsync(["extract", sample, "--json", "--rules", .. llm], new CliConsole(new StringWriter(), new StringWriter())));
        Assert.Single(stub.Requests);
    }
}
