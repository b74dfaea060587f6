using ChatBot.Dialogs.Features.Roster;
using ChatBot.Dialogs.Features.Roster.Files;
using ChatBot.Dialogs.Features.Roster.Import;

namespace ChatBot.Bot.Cli;

/// <summary>
/// roster import &lt;file&gt; [--dry-run] · roster export &lt;file&gt; — .json, .yaml/.yml, .csv or .xlsx by extension.
/// An import makes the file the roster, all or nothing; --dry-run only prints what would change.
/// </summary>
public sealed class RosterCommand : ICliCommand
{
    public string Name => "roster";

    public string Usage =>
        "  roster import <file> [--dry-run] [--Storage:Path=<db>]   load a roster (.json .yaml .csv .xlsx); --dry-run only shows the changes\n" +
        "  roster export <file> [--Storage:Path=<db>]               write the roster (.json .yaml .csv .xlsx)";

    public Task<int> RunAsync(CliArgs args, CliConsole console)
    {
        var verb = args.Word(0);
        var file = args.Word(1) is { } typed ? CliPaths.FromUser(typed) : null;
        if (verb is not ("import" or "export") || file is null || args.Words.Count > 2 || args.Flags.Any(f => f != "dry-run"))
        {
            console.Error.WriteLine("Usage:");
            console.Error.WriteLine(Usage);
            return Task.FromResult(2);
        }
        if (!RosterFiles.IsSupported(file))
        {
            console.Error.WriteLine($"{file}: unsupported file type (use {string.Join(", ", RosterFiles.Extensions)})");
            return Task.FromResult(2);
        }
        return Task.FromResult(verb == "import" ? Import(args, file, args.Has("dry-run"), console) : Export(args, file, console));
    }

    private static int Import(CliArgs args, string file, bool dryRun, CliConsole console)
    {
        RosterDocument roster;
        try
        {
            roster = RosterFiles.Read(file);
        }
        catch (RosterFileException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            console.Error.WriteLine("Nothing was imported.");
            return 2;
        }

        using var store = CliStore.Open(args);
        var plan = RosterPlanner.Plan(store, roster, file);
        foreach (var warning in plan.Warnings) console.Out.WriteLine($"warning: {warning}");
        foreach (var error in plan.Errors) console.Error.WriteLine($"error: {error}");
        if (!plan.IsValid)
        {
            console.Error.WriteLine($"Nothing was imported: {plan.Errors.Count} error(s).");
            return 2;
        }
        console.Out.WriteLine($"{(dryRun ? "Would import" : "Importing")} {Path.GetFileName(file)} into {store.Path}");
        console.Out.WriteLine(plan.Summary());
        foreach (var change in plan.Changes) console.Out.WriteLine(change.ToString());
        if (dryRun)
        {
            console.Out.WriteLine("Dry run: nothing was written.");
            return 0;
        }
        RosterImport.Apply(store, plan, RosterImport.CommandLineActor, DateTimeOffset.UtcNow);
        console.Out.WriteLine($"Imported: {store.Roster.UnitCount()} units, {store.Roster.MemberCount()} members.");
        return 0;
    }

    private static int Export(CliArgs args, string file, CliConsole console)
    {
        using var store = CliStore.Open(args);
        var roster = RosterExport.FromStore(store);
        RosterFiles.Write(roster, file);
        console.Out.WriteLine($"Exported {roster.Units.Count} units and {roster.Members.Count} members from {store.Path} to {file}");
        return 0;
    }
}
