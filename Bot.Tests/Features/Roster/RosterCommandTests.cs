using ChatBot.Bot.Cli;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Tests.Features.Roster;

/// <summary>roster import/export from the command line, on the store the bot would open.</summary>
public class RosterCommandTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();
    private string Db => _dir.File("bot.db");
    public void Dispose() => _dir.Dispose();

    private Task<int> RunAsync(params string[] args) =>
        CommandLine.RunAsync([.. args, $"--Storage:Path={Db}"], new CliConsole(_out, _err));

    [Fact]
    public async Task A_dry_run_prints_the_changes_and_writes_nothing()
    {
        Assert.Equal(0, await RunAsync("roster", "import", RosterWorld.SeedPath, "--dry-run"));
        var output = _out.ToString();
        Assert.Contains("units: 24 added, 0 changed, 0 removed", output);
        Assert.Contains("+ unit 市政工程处", output);
        Assert.Contains("Dry run: nothing was written.", output);
        using var store = new LiteDbStore(Db);
        Assert.Equal(0, store.Roster.UnitCount());
        Assert.Equal(0, store.Lite().Audit.Count());
    }

    [Fact]
    public async Task Import_then_export_in_every_format()
    {
        Assert.Equal(0, await RunAsync("roster", "import", RosterWorld.SeedPath));
        Assert.Contains("Imported: 24 units, 105 members.", _out.ToString());
        foreach (var ext in new[] { "json", "yaml", "csv", "xlsx" })
        {
            var file = _dir.File($"out.{ext}");
            Assert.Equal(0, await RunAsync("roster", "export", file));
            Assert.True(new FileInfo(file).Length > 0);
            _out.GetStringBuilder().Clear();
            Assert.Equal(0, await RunAsync("roster", "import", file, "--dry-run"));
            Assert.Contains("units: 0 added, 0 changed, 0 removed; members: 0 added, 0 changed, 0 removed", _out.ToString());
        }
    }

    [Fact]
    public async Task A_bad_file_is_refused_with_the_line_and_nothing_is_written()
    {
        var file = _dir.File("bad.yaml");
        File.WriteAllText(file, "units:\n  - name: A科\nmembers:\n  - name: 张三\n    units:\n      - unit: 无此科\n");
        Assert.Equal(2, await RunAsync("roster", "import", file));
        Assert.Contains("error: bad.yaml, line 4, field 'units': 张三 names unknown unit '无此科'", _err.ToString());
        Assert.Contains("Nothing was imported", _err.ToString());
        using var store = new LiteDbStore(Db);
        Assert.Equal(0, store.Roster.UnitCount());
    }

    [Fact]
    public async Task While_the_bot_holds_the_store_the_command_refuses_in_one_line()
    {
        using var running = new LiteDbStore(Db);
        Assert.Equal(1, await RunAsync("roster", "export", _dir.File("out.json")));
        var line = Assert.Single(_err.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("in use by another running instance", line);
        Assert.False(File.Exists(_dir.File("out.json")));
    }

    [Theory]
    [InlineData("roster")]
    [InlineData("roster", "import")]
    [InlineData("roster", "import", "org.txt")]
    [InlineData("roster", "import", "org.json", "--force")]
    public async Task Wrong_usage_shows_the_usage(params string[] args)
    {
        Assert.Equal(2, await RunAsync(args));
        // Either the usage line or why the file was refused; never a stack trace.
        Assert.Matches("(?i)usage|unsupported file type", _err.ToString());
        Assert.DoesNotContain("   at ", _err.ToString());
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void Only_known_commands_are_taken_from_the_web_host()
    {
        Assert.True(CommandLine.IsCommand("roster"));
        Assert.False(CommandLine.IsCommand("--urls"));
    }
}
