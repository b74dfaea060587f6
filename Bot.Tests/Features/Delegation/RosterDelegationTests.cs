using ChatBot.Bot.Cli;
using ChatBot.Bot.Tests.Features.Roster;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Storage.LiteDb;

namespace ChatBot.Bot.Tests.Features.Delegation;

/// <summary>Roster files carry sub-units (parent) and 代理 (deputies) through every format, there and back.</summary>
public sealed class RosterDelegationTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();
    public void Dispose() => _dir.Dispose();

    private Task<int> RunAsync(string db, params string[] args) =>
        CommandLine.RunAsync([.. args, $"--Storage:Path={db}"], new CliConsole(_out, _err));

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Sub_units_and_deputies_round_trip(string ext)
    {
        var first = _dir.File("first.db");
        Assert.Equal(0, await RunAsync(first, "roster", "import", RosterWorld.SeedPath));
        using (var store = new LiteDbStore(first))
            store.Write(s => s.Get<IDelegations>().Add(new DelegationRecord
            {
                Id = "d1", PrincipalId = "m047", DeputyId = "m050", From = new DateOnly(2026, 12, 10), To = new DateOnly(2026, 12, 15), CreatedBy = "m047",
            }));
        var file = _dir.File($"org.{ext}");
        Assert.True(0 == await RunAsync(first, "roster", "export", file), _err.ToString() + _out);
        if (ext is "json" or "yaml" or "csv") Assert.Contains("2026-12-10", File.ReadAllText(file));

        var second = _dir.File("second.db");
        Assert.True(0 == await RunAsync(second, "roster", "import", file), _err.ToString() + _out);
        using (var again = new LiteDbStore(second))
        {
            var d = Assert.Single(again.Get<IDelegations>().All());
            Assert.Equal(("m047", "m050", new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 15)), (d.PrincipalId, d.DeputyId, d.From, d.To));
            Assert.Equal("szgc", again.Roster.UnitNamed("市政工程处养护股")!.ParentId);
            Assert.Equal(6, again.Roster.Units().Count(u => u.ParentId is not null));
        }

        // The same file again changes nothing.
        _out.GetStringBuilder().Clear();
        Assert.True(0 == await RunAsync(second, "roster", "import", file, "--dry-run"), _err.ToString() + _out);
        Assert.DoesNotContain("delegation", _out.ToString());
        Assert.Contains("units: 0 added, 0 changed, 0 removed; members: 0 added, 0 changed, 0 removed", _out.ToString());
    }

    [Fact]
    public async Task A_bad_deputy_is_refused_with_the_line_and_nothing_is_written()
    {
        var db = _dir.File("bad.db");
        var file = _dir.File("bad.yaml");
        File.WriteAllText(file, "units:\n  - name: A科\nmembers:\n  - name: 张三\n    units:\n      - unit: A科\n        role: head\n    deputies:\n      - deputy: 李四\n        from: 2026-12-10\n        to: 2026-12-15\n");
        Assert.Equal(2, await RunAsync(db, "roster", "import", file));
        Assert.Contains("张三 names unknown or ambiguous deputy '李四'", _err.ToString());
        using var store = new LiteDbStore(db);
        Assert.Empty(store.Get<IDelegations>().All());
        Assert.Equal(0, store.Roster.UnitCount());
    }

    [Fact]
    public async Task Removing_the_deputy_from_the_file_cancels_the_delegation()
    {
        var db = _dir.File("c.db");
        var file = _dir.File("c.yaml");
        var with = "units:\n  - name: A科\nmembers:\n  - name: 张三\n    units:\n      - unit: A科\n        role: head\n    deputies:\n      - deputy: 李四\n        from: 2026-12-10\n        to: 2026-12-15\n  - name: 李四\n    units:\n      - unit: A科\n        role: liaison\n";
        File.WriteAllText(file, with);
        Assert.Equal(0, await RunAsync(db, "roster", "import", file));
        File.WriteAllText(file, with.Replace("    deputies:\n      - deputy: 李四\n        from: 2026-12-10\n        to: 2026-12-15\n", ""));
        Assert.Equal(0, await RunAsync(db, "roster", "import", file));
        using var store = new LiteDbStore(db);
        var d = Assert.Single(store.Get<IDelegations>().All());
        Assert.NotNull(d.CancelledAt);
        Assert.Contains(store.Audit.For(d.Id), e => e.Action == "roster.removed");
    }
}
