using System.Text.Json;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Channel;

/// <summary>POST /api/messages: the Bot Framework messaging endpoint.</summary>
public static class MessagesEndpoint
{
    public static void MapMessages(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/messages", HandleAsync);

    private static async Task<IResult> HandleAsync(HttpContext http, IInboundAuthenticator auth, ActivityProcessor processor,
        IOptions<ChannelOptions> options, BotTelemetry telemetry, CancellationToken ct)
    {
        var (activity, problem) = await ReadActivityAsync(http.Request, options.Value.MaxRequestBytes, ct);
        if (problem is not null) return problem;
        // The turn's log scope, span and metrics (ids only).
        using var turn = telemetry.Begin(activity!);

        var verdict = await auth.AuthenticateAsync(http, activity!, ct);
        if ((turn.Status = verdict.Status) != 200) return Results.Text(verdict.Reason, statusCode: verdict.Status);

        var outcome = await processor.ProcessAsync(activity!, ct);
        turn.Status = outcome.Status;
        return outcome.Body is null
            ? Results.StatusCode(outcome.Status)
            : Results.Json(outcome.Body, BotJson.Options, statusCode: outcome.Status);
    }

    private static async Task<(Activity?, IResult?)> ReadActivityAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return (null, TooLarge(maxBytes));
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) return (null, TooLarge(maxBytes));
        }
        var json = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        // Some clients put a UTF-8 byte order mark before the JSON; it is not part of the document.
        if (json.StartsWith(Utf8Bom)) json = json[Utf8Bom.Length..];
        try
        {
            var activity = JsonSerializer.Deserialize<Activity>(json, BotJson.Options);
            if (activity is null) return (null, Results.BadRequest("Malformed activity: 'type' is required."));
            return ActivityValidator.Problem(activity) is { } problem
                ? (null, Results.BadRequest("Malformed activity: " + problem))
                : (activity, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            return (null, Results.BadRequest("Malformed activity: the body is not valid activity JSON."));
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static IResult TooLarge(int maxBytes) =>
        Results.Text($"The activity is larger than the limit of {maxBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
}
