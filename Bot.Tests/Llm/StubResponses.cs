using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Bot.Tests.Llm;

/// <summary>Canned chat-completions answers in the wire shape OpenAI and Azure OpenAI both use.</summary>
internal static class StubResponses
{
    public static Func<HttpContext, Task> Answer(string text, int inputTokens = 12, int outputTokens = 5) =>
        context => WriteJson(context, 200, Completion(
            new { role = "assistant", content = text }, "stop", inputTokens, outputTokens));

    public static Func<HttpContext, Task> ToolCall(string name, string argumentsJson) =>
        context => WriteJson(context, 200, Completion(
            new
            {
                role = "assistant",
                content = (string?)null,
                tool_calls = new[]
                {
                    new { id = "call_1", type = "function", function = new { name, arguments = argumentsJson } },
                },
            },
            "tool_calls", 30, 14));

    /// <summary>An error status with OpenAI's error body and the given headers.</summary>
    public static Func<HttpContext, Task> Status(int status, params (string Name, string Value)[] headers) =>
        context =>
        {
            foreach (var (name, value) in headers)
            {
                context.Response.Headers[name] = value;
            }
            return WriteJson(context, status, new { error = new { message = "stub says no", type = "server_error", code = status.ToString() } });
        };

    /// <summary>Accepts the request and never answers until the client gives up.</summary>
    public static Func<HttpContext, Task> Hang() =>
        async context =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client hung up: exactly what the test wanted.
            }
        };

    public static Func<HttpContext, Task> MalformedJson() =>
        async context =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"id\":\"chatcmpl-x\",\"choices\":[{\"message\":{\"content\":\"unterminated");
        };

    private static object Completion(object message, string finishReason, int inputTokens, int outputTokens) => new
    {
        id = "chatcmpl-stub",
        @object = "chat.completion",
        created = 1_764_000_000,
        model = "stub-model",
        choices = new[] { new { index = 0, message, finish_reason = finishReason } },
        usage = new { prompt_tokens = inputTokens, completion_tokens = outputTokens, total_tokens = inputTokens + outputTokens },
    };

    private static async Task WriteJson(HttpContext context, int status, object body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
