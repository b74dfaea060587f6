using System.Text.Json.Nodes;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Web.LocalChat;

/// <summary>
/// A Bot Connector service for the local chat page, hosted by the bot itself under /local: the bot
/// answers local users through the same connector client it uses for Teams.
/// </summary>
public static class LocalConnectorEndpoints
{
    public const string ServicePath = "/local";

    public static void MapLocalConnector(this RouteGroupBuilder local)
    {
        // The upload URL and the file's link a file consent gives the page (Teams: the member's OneDrive).
        local.MapPut("/uploads/{id}", async (string id, string? name, HttpRequest request, LocalFiles files) =>
        {
            if (request.ContentLength is null or > LocalFiles.MaxBytes) return Results.StatusCode(413);
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            files.Put(id, string.IsNullOrWhiteSpace(name) ? id : Path.GetFileName(name), body.ToArray());
            return Results.Json(new { id }, statusCode: 201);
        });
        local.MapGet("/files/{id}", (string id, LocalFiles files) =>
            files.Get(id) is { } file
                ? Results.File(file.Content, ContentTypeOf(file.Name), file.Name)
                : Results.NotFound());

        var v3 = local.MapGroup("/v3/conversations");
        v3.MapPost("/", (JsonObject parameters) =>
        {
            // A 1:1 conversation with the member named in the parameters: the same id the page uses.
            var memberId = parameters["members"]?[0]?["id"]?.GetValue<string>();
            if (memberId is null) return Results.BadRequest(new { error = new { code = "BadArgument", message = "members[0].id is required" } });
            return Results.Json(new ConversationResourceResponse { Id = LocalIds.PersonalConversation(memberId) }, BotJson.Options, statusCode: 201);
        });
        v3.MapPost("/{conversationId}/activities", (string conversationId, JsonObject activity, LocalTranscript transcript) =>
            Send(conversationId, activity, transcript));
        v3.MapPost("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonObject activity, LocalTranscript transcript) =>
            Send(conversationId, activity, transcript));
        v3.MapPut("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonObject activity, LocalTranscript transcript) =>
        {
            activity["id"] = activityId;
            transcript.Publish(conversationId, "update", activity);
            return Results.Json(new ResourceResponse { Id = activityId }, BotJson.Options);
        });
        v3.MapDelete("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, LocalTranscript transcript) =>
        {
            transcript.Publish(conversationId, "delete", new JsonObject { ["id"] = activityId });
            return Results.Ok();
        });
        v3.MapGet("/{conversationId}/members/{memberId}", (string conversationId, string memberId, IStore store) =>
            store.Roster.Members().FirstOrDefault(m => LocalIds.User(m.Id) == memberId) is { } m
                ? Results.Json(new TeamsChannelAccount { Id = memberId, Name = m.Name, AadObjectId = m.AadObjectId, Email = m.Email, UserPrincipalName = m.Email }, BotJson.Options)
                : Results.NotFound());
        v3.MapGet("/{conversationId}/pagedmembers", (string conversationId, IStore store) =>
            Results.Json(new PagedMembersResult
            {
                Members = store.Roster.Members().Select(m => new TeamsChannelAccount
                {
                    Id = LocalIds.User(m.Id), Name = m.Name, AadObjectId = m.AadObjectId, Email = m.Email, UserPrincipalName = m.Email,
                }).ToList(),
            }, BotJson.Options));
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/octet-stream",
    };

    private static IResult Send(string conversationId, JsonObject activity, LocalTranscript transcript)
    {
        if (activity["type"]?.GetValue<string>() is not { } type)
            return Results.BadRequest(new { error = new { code = "BadArgument", message = "type is required" } });
        var id = transcript.NextActivityId();
        activity["id"] = id;
        activity["timestamp"] = DateTimeOffset.UtcNow.ToString("O");
        if (type != "typing") transcript.Publish(conversationId, "send", activity);
        return Results.Json(new ResourceResponse { Id = id }, BotJson.Options, statusCode: 201);
    }
}
