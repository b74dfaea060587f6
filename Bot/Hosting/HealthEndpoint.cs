using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Hosting;

public static class HealthEndpoint
{
    /// <summary>GET /healthz: 200 when the store answers, 503 when it does not.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", (TaskStore store) => store.IsReachable()
            ? Results.Json(new { status = "ok", store = "reachable" })
            : Results.Json(new { status = "unhealthy", store = "unreachable" }, statusCode: 503));
}
