using ChatBot.Bot;
using ChatBot.Dialogs.Storage;

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
