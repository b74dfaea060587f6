using System.Globalization;
using ChatBot.Bot.Hosting;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Ledger;
using ChatBot.Dialogs.Features.OpenItems;

namespace ChatBot.Bot.Cli;

/// <summary>
/// ledger export &lt;file.xlsx&gt; [--meeting …] [--unit …] [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--all] [--lang en-US]:
/// the same workbook as 导出台账 in chat, for whoever holds the store (the office's machine), all units.
/// </summary>
public sealed class LedgerCommand : ICliCommand
{
    public string Name => "ledger";

    public string Usage =>
        "  ledger export <file.xlsx> [--meeting <title words|id>] [--unit <name>] [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--all] [--lang zh-CN|en-US] [--Storage:Path=<db>]\n" +
        "                                                           the directive ledger (台账); --all adds checked-off items to the unscoped ledger";

    public IReadOnlySet<string> ValuedOptions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "meeting", "unit", "from", "to", "lang" };

    public async Task<int> RunAsync(CliArgs args, CliConsole console)
    {
        var file = args.Word(1) is { } typed ? CliPaths.FromUser(typed) : null;
        if (args.Word(0) != "export" || file is null || args.Words.Count > 2 || args.Flags.Any(f => f != "all"))
            return UsageError(console);
        if (!file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            console.Error.WriteLine($"{file}: the ledger is an .xlsx workbook");
            return 2;
        }
        if (!TryDate(args, "from", console, out var from) || !TryDate(args, "to", console, out var to)) return 2;
        if (from is { } a && to is { } b && a > b)
        {
            console.Error.WriteLine($"error: --from {a:yyyy-MM-dd} is after --to {b:yyyy-MM-dd}");
            return 2;
        }

        var config = CliStore.Configuration(args);
        var bureau = BureauSettings.Read(config);
        var lang = args.Option("lang") is { } locale ? LangExtensions.FromLocale(locale) : bureau.Language.Default;
        var warnDays = config.GetSection("OpenItems").Get<OpenItemsOptions>()?.WarnDays ?? new OpenItemsOptions().WarnDays;
        using var store = CliStore.Open(args);
        var queries = new LedgerQueries(store, new BureauClock(TimeProvider.System, bureau.Zone), warnDays);

        var scope = new LedgerScope { From = from, To = to, IncludeClosed = args.Has("all") };
        if (args.Option("unit") is { } unitName)
        {
            if (queries.FindUnit(unitName) is not { } unit)
            {
                console.Error.WriteLine($"error: no unit named '{unitName}' on the roster. Nothing was written.");
                return 2;
            }
            scope = scope with { UnitIds = new HashSet<string> { unit.Id } };
        }
        if (args.Option("meeting") is { } words)
        {
            if ((queries.MeetingById(words) ?? queries.FindMeeting(words)) is not { } meeting)
            {
                console.Error.WriteLine($"error: no dispatched meeting with '{words}' in its title or as its id. Nothing was written.");
                return 2;
            }
            scope = scope with { MeetingIds = new HashSet<string> { meeting.Id } };
        }

        var data = queries.Read(scope);
        if (data.Rows.Count == 0)
        {
            console.Error.WriteLine("No items in that scope; no workbook was written.");
            return 1;
        }
        var dir = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        // Written beside the target and moved into place: a failure never leaves half a workbook.
        var partial = file + ".partial";
        await using (var output = File.Create(partial))
            await LedgerWorkbook.WriteAsync(output, data, lang);
        File.Move(partial, file, overwrite: true);
        console.Out.WriteLine($"Exported {data.Rows.Count} rows of {data.Meetings.Count} meeting(s) from {store.Path} to {file}");
        return 0;
    }

    private static bool TryDate(CliArgs args, string name, CliConsole console, out DateOnly? date)
    {
        date = null;
        if (args.Option(name) is not { } text) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) { date = d; return true; }
        console.Error.WriteLine($"error: --{name} '{text}' is not a date (yyyy-MM-dd)");
        return false;
    }

    private int UsageError(CliConsole console)
    {
        console.Error.WriteLine("Usage:");
        console.Error.WriteLine(Usage);
        return 2;
    }
}
