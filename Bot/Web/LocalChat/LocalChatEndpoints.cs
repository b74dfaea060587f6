using System.Reflection;
using System.Text.Json;
using ChatBot.Bot.Hosting;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Web.LocalChat;

/// <summary>The local chat page: pick a member of the roster, chat as them, see cards and proactive messages.</summary>
public static class LocalChatEndpoints
{
    public static void MapLocalChat(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<LocalChatOptions>>().Value;
        // The page cannot sign Bot Framework tokens: with an app id configured it would only get 401s.
        if (!options.Enabled || app.Services.GetRequiredService<ChatBot.Bot.Channel.InboundAuthenticator>().TokensRequired) return;

        var local = app.MapGroup(LocalConnectorEndpoints.ServicePath);
        if (!options.AllowRemote) local.AddEndpointFilter(LoopbackOnly);
        local.MapLocalConnector();

        local.MapGet("/members", (IStore store) =>
        {
            var units = store.Roster.Units().ToDictionary(u => u.Id, u => u.Name);
            return Results.Json(store.Roster.Members().OrderBy(m => m.Id).Select(m => new
            {
                id = m.Id,
                name = m.Name,
                userId = LocalIds.User(m.Id),
                aadObjectId = m.AadObjectId,
                email = m.Email,
                units = m.Memberships.Select(x => new { unit = units.GetValueOrDefault(x.UnitId, x.UnitId), role = x.Role.ToString().ToLowerInvariant() }),
                roles = m.BureauRoles.Select(r => r.ToString().ToLowerInvariant()),
                conversationId = LocalIds.PersonalConversation(LocalIds.User(m.Id)),
            }));
        });
        local.MapGet("/members/{id}", (string id, IStore store) =>
            store.Roster.Member(id) is { } m
                ? Results.Json(new { id = m.Id, name = m.Name })
                : Results.NotFound(new { error = $"成员“{id}”不在名册中 / No member '{id}' on the roster." }));
        local.MapGet("/conversations/{conversationId}/history", (string conversationId, LocalTranscript transcript) =>
            Results.Json(transcript.History(conversationId)));
        local.MapGet("/conversations/{conversationId}/events", StreamEventsAsync);

        var page = app.MapGet("/", () => Asset("index.html", "text/html; charset=utf-8"));
        var script = app.MapGet("/chat.js", () => Asset("chat.js", "text/javascript; charset=utf-8"));
        var style = app.MapGet("/chat.css", () => Asset("chat.css", "text/css; charset=utf-8"));
        if (!options.AllowRemote)
            foreach (var endpoint in new[] { page, script, style }) endpoint.AddEndpointFilter(LoopbackOnly);
    }

    private static async ValueTask<object?> LoopbackOnly(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        Loopback.IsLoopback(context.HttpContext) ? await next(context) : Results.NotFound();

    private static async Task StreamEventsAsync(string conversationId, HttpContext http, LocalTranscript transcript)
    {
        http.Response.Headers.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        var (id, reader) = transcript.Subscribe(conversationId);
        try
        {
            await http.Response.WriteAsync(": connected\n\n", http.RequestAborted);
            await http.Response.Body.FlushAsync(http.RequestAborted);
            await foreach (var entry in reader.ReadAllAsync(http.RequestAborted))
            {
                await http.Response.WriteAsync($"data: {entry.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })}\n\n", http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (OperationCanceledException) { /* the page went away */ }
        finally { transcript.Unsubscribe(id); }
    }

    private static IResult Asset(string name, string contentType)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ChatBot.Bot.Web.LocalChat.Page.{name}");
        return stream is null ? Results.NotFound() : Results.Stream(stream, contentType);
    }
}
