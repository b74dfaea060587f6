using ChatBot.Bot;
using ChatBot.Bot.Cli;
using ChatBot.Dialogs.Storage;

// "dotnet run --project Bot -- roster import seeds/org.json": a command instead of the web host.
if (args.Length > 0 && CommandLine.IsCommand(args[0])) return await CommandLine.RunAsync(args);

try
{
    var app = BotApp.Build(args);
    app.Run();
    return 0;
}
catch (StoreLockedException e)
{
    // One clear line, not a stack trace: the usual cause is a second copy of the bot.
    Console.Error.WriteLine(e.Message);
    return 1;
}
