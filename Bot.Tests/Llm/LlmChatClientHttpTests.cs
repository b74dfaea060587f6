using System.ClientModel;
using System.Text.Json;
using ChatBot.Bot.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests.Llm;

/// <summary>
/// The registered IChatClient, built on the REAL Azure.AI.OpenAI and OpenAI clients, against a
/// loopback stub. Each case runs for both providers: they share the pipeline but not the wire.
/// </summary>
public sealed class LlmChatClientHttpTests : IAsyncLifetime
{
    // A safety net so that a broken timeout fails the test instead of hanging the run; no test
    // asserts how long anything took.
    private static readonly TimeSpan TestGuard = TimeSpan.FromSeconds(30);

    private OpenAiStub _stub = null!;

    public async Task InitializeAsync() => _stub = await OpenAiStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    private static readonly ChatMessage[] Question =
    [
        new(ChatRole.System, "你是督办助手。"),
        new(ChatRole.User, "市政工程处昨天开了干部职工大会，42人参加"),
    ];

    [Theory]
    [InlineData("AzureOpenAI")]
    [InlineData("OpenAI")]
    public async Task Answers_and_speaks_the_providers_wire_format(string provider)
    {
        _stub.Then(StubResponses.Answer("已记录传达情况"));
        using var host = LlmTestHost.Create(LlmTestHost.StubSettings(provider, _stub));

        var response = await host.ChatClient.GetResponseAsync(Question).WaitAsync(TestGuard);

        Assert.Equal("已记录传达情况", response.Text);
        var request = Assert.Single(_stub.Requests);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(2, body.RootElement.GetProperty("messages").GetArrayLength());
        if (provider == "AzureOpenAI")
        {
            Assert.Equal("/openai/deployments/gpt-4o-mini-dt/chat/completions", request.Path);
            Assert.Contains("api-version=", request.Query);
            Assert.Equal(LlmTestHost.TestApiKey, request.ApiKeyHeader);
        }
        else
        {
            Assert.Equal("/v1/chat/completions", request.Path);
            Assert.Equal("qwen2.5-7b-instruct", body.RootElement.GetProperty("model").GetString());
            Assert.Equal("Bearer " + LlmTestHost.TestApiKey, request.Authorization);
        }
    }

    [Theory]
    [InlineData("AzureOpenAI")]
    [InlineData("OpenAI")]
    public async Task A_tool_call_comes_back_as_FunctionCallContent(string provider)
    {
        _stub.Then(StubResponses.ToolCall("record_relay", """{"unit":"市政工程处","attendees":42}"""));
        using var host = LlmTestHost.Create(LlmTestHost.StubSettings(provider, _stub));
        var options = new ChatOptions
        {
            Tools = [AIFunctionFactory.Create((string unit, int attendees) => "ok", "record_relay", "Records a unit's relay meeting")],
        };

        var response = await host.ChatClient.GetResponseAsync(Question, options).WaitAsync(TestGuard);

        var call = Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.Equal("record_relay", call.Name);
        Assert.Equal("call_1", call.CallId);
        Assert.Equal("市政工程处", call.Arguments!["unit"]?.ToString());
        Assert.Equal("42", call.Arguments["attendees"]?.ToString());
        Assert.Contains("\"tools\"", Assert.Single(_stub.Requests).Body);
    }

    [Theory]
    [InlineData("AzureOpenAI", "retry-after-ms", "20")]
    [InlineData("OpenAI", "retry-after-ms", "20")]
    [InlineData("AzureOpenAI", "Retry-After", "0")]
    [InlineData("OpenAI", "Retry-After", "0")]
    public async Task Throttling_is_retried_after_the_servers_delay(string provider, string header, string value)
    {
        _stub.Then(StubResponses.Status(429, (header, value)), StubResponses.Answer("第二次成功"));
        using var host = LlmTestHost.Create(LlmTestHost.StubSettings(provider, _stub));

        var response = await host.ChatClient.GetResponseAsync(Question).WaitAsync(TestGuard);

        Assert.Equal("第二次成功", response.Text);
        Assert.Equal(2, _stub.Requests.Count);
        Assert.Equal(new LlmUsageTotals(1, 0, 0, 12, 5), host.Usage.Totals);
    }

    [Theory]
    [InlineData("AzureOpenAI")]
    [InlineData("OpenAI")]
    public async Task A_server_error_that_persists_fails_after_the_retries(string provider)
    {
        // The stub names a short delay so the test does not sit through the real back-off.
        var failing = StubResponses.Status(500, ("retry-after-ms", "10"));
        _stub.Then(failing, failing, failing, StubResponses.Answer("too late"));
        using var host = LlmTestHost.Create(LlmTestHost.StubSettings(provider, _stub, maxRetries: 2));

        var error = await Assert.ThrowsAnyAsync<ClientResultException>(
            () => host.ChatClient.GetResponseAsync(Question).WaitAsync(TestGuard));

        Assert.Equal(500, error.Status);
        Assert.Equal(3, _stub.Requests.Count);
        Assert.Equal(new LlmUsageTotals(1, 1, 0, 0, 0), host.Usage.Totals);
        Assert.Contains(host.Logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("HTTP 500"));
    }

    [Theory]
    [InlineData("AzureOpenAI")]
    [InlineData("OpenAI")]
    public async Task A_hanging_server_ends_in_a_timeout(string provider)
    {
        _stub.Then(StubResponses.Hang());
        using var host = LlmTestHost.Create(LlmTestHost.StubSettings(provider, _stub, timeoutSeconds: 1));

        await Assert.ThrowsAsync<TimeoutException>(
            () => host.ChatClient.GetResponseAsync(Question).WaitAsync(TestGuard));

        Assert.Equal(1, host.Usage.Totals.TimedOut);
    }

    [Fact]
    public async Task The_callers_own_cancellation_stays_a_cancellation()
    {
        _stub.Then(StubResponses.Hang());
        using var host = LlmTestHost.Create(LlmTestHost.StubSettings("OpenAI", _stub, timeoutSeconds: 2));
        using var caller = new CancellationTokenSource();

        var call = host.ChatClient.GetResponseAsync(Question, cancellationToken: caller.Token);
        await WaitForRequest();
        caller.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TestGuard));
        Assert.Equal(0, host.Usage.Totals.TimedOut);
    }

    [Theory]
    [InlineData("AzureOpenAI")]
    [InlineData("OpenAI")]
    public async Task Malformed_json_is_an_error_not_an_answer(string provider)
    {
        _stub.Then(StubResponses.MalformedJson());
        using var host = LlmTestHost.Create(LlmTestHost.StubSettings(provider, _stub));

        var error = await Assert.ThrowsAnyAsync<Exception>(
            () => host.ChatClient.GetResponseAsync(Question).WaitAsync(TestGuard));

        Assert.IsNotType<TimeoutException>(error);
        Assert.Single(_stub.Requests);
        Assert.Equal(1, host.Usage.Totals.Failures);
    }

    [Theory]
    [InlineData("AzureOpenAI")]
    [InlineData("OpenAI")]
    public async Task Usage_is_counted_and_logged_without_prompt_or_key(string provider)
    {
        _stub.Then(StubResponses.Answer("一", 12, 5), StubResponses.Answer("二", 100, 40));
        using var host = LlmTestHost.Create(LlmTestHost.StubSettings(provider, _stub));

        await host.ChatClient.GetResponseAsync(Question).WaitAsync(TestGuard);
        await host.ChatClient.GetResponseAsync(Question).WaitAsync(TestGuard);

        Assert.Equal(new LlmUsageTotals(2, 0, 0, 112, 45), host.Usage.Totals);
        var usageLines = host.Logs.Lines.Where(l => l.Category == typeof(LlmUsageLog).FullName).ToList();
        Assert.Equal(2, usageLines.Count);
        Assert.All(usageLines, l => Assert.Equal(LogLevel.Information, l.Level));
        Assert.Contains(usageLines, l => l.Text.Contains("100 input tokens") && l.Text.Contains("40 output tokens"));
        // The key never appears, at any level; the prompt never appears above Debug.
        Assert.DoesNotContain(host.Logs.Lines, l => l.Text.Contains(LlmTestHost.TestApiKey));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Level > LogLevel.Debug && l.Text.Contains("干部职工大会"));
    }

    [Fact]
    public async Task Streaming_goes_through_the_same_guard()
    {
        _stub.Then(StubResponses.Hang());
        using var host = LlmTestHost.Create(LlmTestHost.StubSettings("OpenAI", _stub, timeoutSeconds: 1));

        async Task Drain()
        {
            await foreach (var _ in host.ChatClient.GetStreamingResponseAsync(Question))
            {
            }
        }

        await Assert.ThrowsAsync<TimeoutException>(() => Drain().WaitAsync(TestGuard));
    }

    private async Task WaitForRequest()
    {
        for (var i = 0; i < 500 && _stub.Requests.Count == 0; i++)
        {
            await Task.Delay(10);
        }
    }
}
