using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Graph;

/// <summary>
/// Says at start-up whether the bot can reach people who never opened it. With Graph:Enabled it asks for the
/// app-only token and reads its roles: without <see cref="GraphOptions.Permission"/> the installation will
/// fail, so the log says so and names the administrator's alternative (an app setup policy).
/// </summary>
public sealed class GraphStartupReport(IOptions<GraphOptions> options, IServiceProvider services, ILogger<GraphStartupReport> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        await Task.Yield();
        if (!options.Value.Enabled)
        {
            log.LogWarning("Graph:Enabled is off: people who never opened the bot in Teams cannot be sent dispatch cards or reminders; {Alternative}",
                GraphOptions.AdminAlternative);
            return;
        }
        try
        {
            var token = await services.GetRequiredService<IGraphTokenProvider>().GetTokenAsync(ct);
            if (token is null) return; // local development: no app id, no token to read
            if (Roles(token).Contains(GraphOptions.Permission, StringComparer.OrdinalIgnoreCase))
                log.LogInformation("Graph: the bot may install the app for people who have not opened it ({Permission})", GraphOptions.Permission);
            else
                log.LogWarning("Graph: the bot's token lacks the application permission {Permission}, so it cannot install the app for people; {Alternative}",
                    GraphOptions.Permission, GraphOptions.AdminAlternative);
        }
        // A token request that times out is an OperationCanceledException too; only stopping may end this
        // service with one, or the host would stop (BackgroundServiceExceptionBehavior.StopHost).
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(e, "Graph: could not get a token to check the permission {Permission}", GraphOptions.Permission);
        }
    }

    /// <summary>The roles claim of an app-only token (read, not validated: the bot only informs itself).</summary>
    internal static IReadOnlyList<string> Roles(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length < 2) return [];
        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
            var json = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
            return json?["roles"]?.AsArray().Select(r => r?.GetValue<string>() ?? "").ToList() ?? [];
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return [];
        }
    }
}
