namespace ChatBot.Bot.Cli;

/// <summary>
/// File names typed by the user are relative to the shell's folder. "dotnet run --project Bot" starts a
/// web project in the project's folder, but the shell's $PWD survives in the environment.
/// </summary>
public static class CliPaths
{
    public static string FromUser(string path)
    {
        if (Path.IsPathRooted(path)) return path;
        var shell = Environment.GetEnvironmentVariable("PWD");
        return Path.GetFullPath(!string.IsNullOrEmpty(shell) && Directory.Exists(shell) ? Path.Combine(shell, path) : path);
    }
}
