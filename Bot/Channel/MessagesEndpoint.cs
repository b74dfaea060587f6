using System.Buffers;
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
        // One pooled buffer per request (sized by Content-Length when given), grown only for bodies without one.
        var buffer = ArrayPool<byte>.Shared.Rent((int)(request.ContentLength ?? 16 * 1024) + 1);
        try
        {
            var length = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), ct)) > 0)
            {
                length += read;
                if (length > maxBytes) return (null, TooLarge(maxBytes));
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (Activity?, IResult?) Parse(ReadOnlySpan<byte> json)
    {
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
