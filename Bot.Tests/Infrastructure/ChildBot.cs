using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>The real bot as a child process (dotnet ChatBot.Bot.dll) on a free loopback port, to be killed with SIGKILL.</summary>
public sealed class ChildBot : IAsyncDisposable
{
    private readonly Process _process;
    public string BaseUrl { get; }

    private ChildBot(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public static Task<ChildBot> StartAsync(string storePath, params string[] settings) =>
        LaunchAsync([$"--Storage:Path={storePath}", "--Logging:LogLevel:Default=Warning", "--Reminders:Enabled=false", .. settings.Select(s => "--" + s)], null);

    /// <summary>The bot configured by environment variables only (<c>Storage__Provider</c>…), as a container runs it.</summary>
    public static Task<ChildBot> StartWithEnvironmentAsync(IReadOnlyDictionary<string, string> environment) =>
        LaunchAsync(["--Logging:LogLevel:Default=Warning"], environment);

    private static async Task<ChildBot> LaunchAsync(IEnumerable<string> settings, IReadOnlyDictionary<string, string>? environment)
    {
        var port = FreePort();
        var botDll = Path.Combine(AppContext.BaseDirectory, "ChatBot.Bot.dll");
        var args = new List<string> { botDll, "--urls", $"http://127.0.0.1:{port}" };
        args.AddRange(settings);
        var psi = new ProcessStartInfo("dotnet", args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) psi.Environment[key] = value;
        var child = Process.Start(psi)!;
        child.OutputDataReceived += (_, _) => { };
        child.ErrorDataReceived += (_, _) => { };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        var bot = new ChildBot(child, $"http://127.0.0.1:{port}");
        await bot.WaitUntilHealthyAsync();
        return bot;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL: no shutdown code runs, as in a power cut or an OOM kill.</summary>
    public void KillNow()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
    }

    /// <summary>Kills the bot and waits for it to be gone; a kill that does not take in 30 s fails the test instead of hanging it.</summary>
    public async Task KillAsync()
    {
        KillNow();
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(bound.Token);
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 600; i++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the bot exited with {_process.ExitCode}");
            try
            {
                using var r = await http.GetAsync(BaseUrl + "/healthz");
                if (r.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("the bot did not become healthy");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
