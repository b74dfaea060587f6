namespace ChatBot.Bot.Cli;

/// <summary>A command run instead of the web host: <c>dotnet run --project Bot -- &lt;name&gt; …</c>.</summary>
public interface ICliCommand
{
    /// <summary>The first argument that selects this command, e.g. "roster".</summary>
    string Name { get; }
    /// <summary>One or more usage lines for the help text.</summary>
    string Usage { get; }
    /// <summary>Options that take the next argument as their value ("--unit 市政工程处").</summary>
    IReadOnlySet<string> ValuedOptions => new HashSet<string>();
    /// <summary>Returns the process exit code: 0 done, 1 could not run (e.g. store in use), 2 bad input.</summary>
    Task<int> RunAsync(CliArgs args, CliConsole console);
}
