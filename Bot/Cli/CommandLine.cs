using ChatBot.Bot.Hosting;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Cli;

/// <summary>
/// Commands run from the command line instead of the web host. To add one: a class implementing
/// <see cref="ICliCommand"/> in this folder, and one line in <see cref="Commands"/>.
/// </summary>
public static class CommandLine
{
    private static readonly ICliCommand[] Commands =
    [
        new RosterCommand(),
        new ExtractCliCommand(),
        new LedgerCommand(),
        new StoreCommand(),
    ];

    public static bool IsCommand(string arg) => Commands.Any(c => c.Name == arg);

    public static async Task<int> RunAsync(string[] args, CliConsole? console = null)
    {
        console ??= CliConsole.Standard;
        var command = Commands.FirstOrDefault(c => args.Length > 0 && c.Name == args[0]);
        if (command is null)
        {
            console.Error.WriteLine("Commands:");
            foreach (var c in Commands) console.Error.WriteLine(c.Usage);
            return 2;
        }
        try
        {
            return await command.RunAsync(new CliArgs(args.Skip(1), command.ValuedOptions), console);
        }
        catch (StoreLockedException e)
        {
            // One clear line, not a stack trace: the bot is running on the same store.
            console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || StoreSetup.IsStoreFailure(e))
        {
            // Every write is one transaction, so a failure here changed nothing.
            console.Error.WriteLine($"error: {e.Message} Nothing was changed.");
            return 1;
        }
    }
}
