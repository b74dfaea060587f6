using ChatBot.Bot.Cli;
using ChatBot.Bot.Hosting;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Storage;
using ChatBot.Bot.Tests.Features.Ledger;
using ChatBot.Bot.Tests.Features.Roster;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Storage.PostgreSql;

namespace ChatBot.Bot.Tests.Storage;

/// <summary>
/// <c>store copy</c> moves a running bureau's LiteDB file to PostgreSQL (and back), proven by counts and
/// checksums per collection; the command-line tools (roster, ledger) then work on the PostgreSQL store.
/// </summary>
public class StoreCopyTests
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    private Task<int> RunAsync(params string[] args) => CommandLine.RunAsync(args, new CliConsole(_out, _err));

    [SkippableFact]
    public async Task A_bureau_moves_to_PostgreSql_with_every_count_and_checksum_equal_and_the_ledger_is_the_same()
    {
        var database = PostgreSql.NewDatabase("copy");
        using var world = new LedgerWorld();
        world.Store.Write(s =>
        {
            s.Get<IOutboxRepository>().Add(new OutboxMessage { Id = "dispatch:mA:head", MemberId = "head", Status = OutboxStatus.Pending, DueAt = LedgerWorld.Now, NextAttemptAt = LedgerWorld.Now, CreatedAt = LedgerWorld.Now, UpdatedAt = LedgerWorld.Now });
            s.Addresses.Put(new ConversationAddress { Id = ConversationAddress.ForMember("head"), MemberId = "head", ConversationId = "a:head", ServiceUrlTrusted = true, TenantId = "t1", UpdatedAt = LedgerWorld.Now });
        });
        var lastNumber = world.Store.Sequences.Current("assignment");
        var version = world.Store.Version();
        var ledgerOnLiteDb = world.File("lite.xlsx");
        var db = world.StorePath;
        world.CloseStore();
        Assert.Equal(0, await RunAsync("ledger", "export", ledgerOnLiteDb, "--all", $"--Storage:Path={db}"));

        Assert.Equal(0, await RunAsync("store", "copy", "--from", "LiteDb", "--to", "PostgreSql", "--from-path", db, "--to-connection", database));
        var output = _out.ToString();
        Assert.DoesNotContain("DIFFERENT", output);
        foreach (var collection in new[] { "units", "members", "meetings", "assignments", "audit", "counters", "outbox", "addresses" })
            Assert.Matches($@"(?m)^{collection}\s+[1-9]\d*\s+[1-9]\d*\s+(\w{{16}})\s+\1\s+ok", output);
        Assert.Contains("every count and checksum matches", output);
        Assert.DoesNotContain("Password", output, StringComparison.OrdinalIgnoreCase);

        using (var moved = new PostgreSqlStore(database))
        {
            Assert.Equal(lastNumber, moved.Sequences.Current("assignment"));
            Assert.Equal(version, moved.Version());
            Assert.Equal(lastNumber + 1, moved.Write(s => s.Sequences.Next("assignment")));
            Assert.Equal(["dispatch:mA:head"], moved.Get<IOutboxRepository>().Due(LedgerWorld.Now, 10).Select(m => m.Id));
            Assert.Equal("a:head", moved.Addresses.AnyReachableTrusted()?.ConversationId);
        }

        // The same workbook from the PostgreSQL store: the same rows.
        var ledgerOnPostgreSql = world.File("pg.xlsx");
        Assert.Equal(0, await RunAsync("ledger", "export", ledgerOnPostgreSql, "--all", "--Storage:Provider=PostgreSql", $"--Storage:ConnectionString={database}"));
        using var lite = new XlsxReadBack(await File.ReadAllBytesAsync(ledgerOnLiteDb));
        using var pg = new XlsxReadBack(await File.ReadAllBytesAsync(ledgerOnPostgreSql));
        var liteRows = lite.Rows("督办台账").Select(r => string.Join("|", r.Select(lite.Text))).ToList();
        Assert.True(liteRows.Count > 3);
        Assert.Equal(liteRows, pg.Rows("督办台账").Select(r => string.Join("|", r.Select(pg.Text))));
    }

    [SkippableFact]
    public async Task A_target_that_holds_data_is_refused_and_left_as_it_was()
    {
        var database = PostgreSql.NewDatabase("copy");
        using var world = new LedgerWorld();
        var db = world.StorePath;
        world.CloseStore();
        using (var target = new PostgreSqlStore(database))
            target.Write(s => s.Roster.UpsertUnit(new Unit { Id = "u-existing", Name = "已有单位" }));

        Assert.Equal(1, await RunAsync("store", "copy", "--from", "LiteDb", "--to", "PostgreSql", "--from-path", db, "--to-connection", database));
        Assert.Contains("already holds data (units)", _err.ToString());
        Assert.Contains("Nothing was copied", _err.ToString());
        using var unchanged = new PostgreSqlStore(database);
        Assert.Equal(["u-existing"], unchanged.Roster.Units().Select(u => u.Id));
        Assert.Equal(0, unchanged.Items.Open().Count);
    }

    [SkippableFact]
    public async Task A_copy_back_to_a_new_file_gives_the_same_checksums()
    {
        var database = PostgreSql.NewDatabase("copy");
        using var world = new LedgerWorld();
        var db = world.StorePath;
        world.CloseStore();
        Assert.Equal(0, await RunAsync("store", "copy", "--from", "LiteDb", "--to", "PostgreSql", "--from-path", db, "--to-connection", database));
        var back = world.File("back.db");
        var exit = await RunAsync("store", "copy", "--from", "PostgreSql", "--to", "LiteDb", "--from-connection", database, "--to-path", back);
        Assert.True(exit == 0, _out.ToString() + _err);

        using var original = new LiteDbStore(db);
        using var returned = new LiteDbStore(back);
        foreach (var table in StoreCopy.Collections)
            Assert.Equal(StoreCopy.Summary(original, table), StoreCopy.Summary(returned, table));
    }

    [Theory]
    [InlineData("store")]
    [InlineData("store", "copy", "--from", "LiteDb")]
    [InlineData("store", "copy", "--from", "LiteDb", "--to", "LiteDb")]
    [InlineData("store", "copy", "--from", "Oracle", "--to", "PostgreSql")]
    public async Task Wrong_usage_is_answered_and_nothing_is_opened(params string[] args)
    {
        Assert.Equal(2, await RunAsync(args));
        Assert.Matches("(?i)usage|two different providers", _err.ToString());
    }

    [SkippableFact]
    public async Task Roster_import_and_export_work_on_PostgreSql()
    {
        var database = PostgreSql.NewDatabase("roster");
        using var dir = new TempDir();
        string[] pg = ["--Storage:Provider=PostgreSql", $"--Storage:ConnectionString={database}"];
        Assert.Equal(0, await RunAsync(["roster", "import", RosterWorld.SeedPath, .. pg]));
        Assert.Contains("Imported: 24 units, 105 members.", _out.ToString());
        Assert.Contains("postgresql://127.0.0.1:", _out.ToString());
        var file = dir.File("out.yaml");
        Assert.Equal(0, await RunAsync(["roster", "export", file, .. pg]));
        _out.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync(["roster", "import", file, "--dry-run", .. pg]));
        Assert.Contains("units: 0 added, 0 changed, 0 removed; members: 0 added, 0 changed, 0 removed", _out.ToString());
        using var store = new PostgreSqlStore(database);
        Assert.NotEmpty(store.Audit.For(store.Roster.Units()[0].Id));
    }
}
