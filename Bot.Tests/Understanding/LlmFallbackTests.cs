using ChatBot.Dialogs.Conversation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Features.CheckOff;
using ChatBot.Dialogs.Features.Intake;
using ChatBot.Dialogs.Features.Relay;

namespace ChatBot.Bot.Tests.Understanding;

/// <summary>
/// Every way the model can fail ends the same: the rules understand the message and the intent says
/// so (the engine then tells the user). The user's message is never lost.
/// </summary>
public sealed class LlmFallbackTests
{
    private const string Message = "第3条申请销号";
    private static readonly Intent RulesAnswer = Intent.Of(CheckOffRequestCapability.Request, ("item", "3"));
    private static readonly RecognitionContext Context = new("conv", "m1");

    [Fact]
    public async Task Timeout_a_model_that_never_answers_gives_the_rules_result_and_is_told_to_stop()
    {
        var never = new TaskCompletionSource<ChatResponse>();
        var llm = new LlmHarness(timeout: TimeSpan.FromMilliseconds(200)).Answers(_ => never.Task);

        var intent = await llm.Recognizer.RecognizeAsync(Message, Lang.Zh, Context, CancellationToken.None);

        AssertRulesFallback(intent);
        Assert.True(llm.Calls.Single().Token.IsCancellationRequested, "the abandoned call's token should be cancelled");
    }

    [Fact]
    public async Task Timeout_a_model_that_honours_cancellation_late_gives_the_rules_result()
    {
        var llm = new LlmHarness(timeout: TimeSpan.FromMilliseconds(200))
            .Answers(async call => { await Task.Delay(Timeout.Infinite, call.Token); return LlmHarness.Text("never"); });
        AssertRulesFallback(await llm.Recognizer.RecognizeAsync(Message, Lang.Zh, Context, CancellationToken.None));
    }

    [Fact]
    public async Task Transport_error_gives_the_rules_result()
    {
        var llm = new LlmHarness().Answers(_ => Task.FromException<ChatResponse>(new HttpRequestException("connection refused")));
        AssertRulesFallback(await llm.Recognizer.RecognizeAsync(Message, Lang.Zh, Context, CancellationToken.None));
    }

    [Fact]
    public async Task A_throwing_client_gives_the_rules_result()
    {
        var llm = new LlmHarness().Answers(_ => throw new InvalidOperationException("boom"));
        AssertRulesFallback(await llm.Recognizer.RecognizeAsync(Message, Lang.Zh, Context, CancellationToken.None));
    }

    [Fact]
    public async Task Refusal_a_text_answer_without_a_tool_call_gives_the_rules_result()
    {
        var llm = new LlmHarness().Answers(LlmHarness.Text("抱歉，我无法处理这个请求。"));
        AssertRulesFallback(await llm.Recognizer.RecognizeAsync(Message, Lang.Zh, Context, CancellationToken.None));
    }

    [Fact]
    public async Task Malformed_json_arguments_give_the_rules_result()
    {
        var call = FunctionCallContent.CreateFromParsedArguments("{\"item\": 3,", "call_1", CheckOffRequestCapability.Request,
            json => System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(json));
        var llm = new LlmHarness().Answers(LlmHarness.ToolCall(call));
        AssertRulesFallback(await llm.Recognizer.RecognizeAsync(Message, Lang.Zh, Context, CancellationToken.None));
    }

    [Fact]
    public async Task Unknown_tool_name_gives_the_rules_result()
    {
        var llm = new LlmHarness().CallsTool("markAllDone", new { item = 3 });
        AssertRulesFallback(await llm.Recognizer.RecognizeAsync(Message, Lang.Zh, Context, CancellationToken.None));
    }

    [Theory]
    [InlineData("{\"item\":\"three\"}")]
    [InlineData("{\"item\":true}")]
    [InlineData("{\"item\":3.5}")]
    [InlineData("{\"item\":-3}")]
    [InlineData("{\"item\":3,\"note\":42}")]
    [InlineData("{\"item\":3,\"approvedBy\":\"office\"}")]
    public async Task Wrong_type_out_of_range_or_unexpected_argument_gives_the_rules_result(string arguments)
    {
        var args = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, System.Text.Json.JsonElement>>(arguments)!
            .ToDictionary(p => p.Key, p => (object?)p.Value);
        var llm = new LlmHarness().Answers(LlmHarness.ToolCall(new FunctionCallContent("call_1", CheckOffRequestCapability.Request, args)));
        AssertRulesFallback(await llm.Recognizer.RecognizeAsync(Message, Lang.Zh, Context, CancellationToken.None));
    }

    [Fact]
    public async Task Missing_required_argument_gives_the_rules_result()
    {
        var llm = new LlmHarness().CallsTool(IntakeCapability.Edit, new { item = 3 }); // field is required
        var intent = await llm.Recognizer.RecognizeAsync("删除第3条", Lang.Zh, Context, CancellationToken.None);
        Assert.Equal(Intent.Of(IntakeCapability.Edit, ("item", "3"), ("field", "delete")).Slots, intent.Slots);
        Assert.True(intent.UnderstoodByRulesAfterLlmFailure);
    }

    [Fact]
    public async Task Invalid_choice_or_date_gives_the_rules_result()
    {
        var text = "我们处昨天下午开了干部职工大会传达了，42人参加";
        var llm = new LlmHarness().CallsTool(RelayCapability.Confirm, new { date = "昨天", forms = new[] { "全体会" }, attendees = 42 });
        var intent = await llm.Recognizer.RecognizeAsync(text, Lang.Zh, Context, CancellationToken.None);
        Assert.True(intent.UnderstoodByRulesAfterLlmFailure);
        Assert.Equal("2026-11-26", intent.Slot("date"));
    }

    [Fact]
    public async Task Quoted_numbers_from_small_models_are_still_numbers()
    {
        var llm = new LlmHarness().CallsTool(CheckOffRequestCapability.Request, new { item = "3" });
        var intent = await llm.Recognizer.RecognizeAsync(Message, Lang.Zh, Context, CancellationToken.None);
        Assert.Equal("3", intent.Slot("item"));
        Assert.False(intent.UnderstoodByRulesAfterLlmFailure);
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_not_a_fallback()
    {
        using var cts = new CancellationTokenSource();
        var llm = new LlmHarness().Answers(async call => { await cts.CancelAsync(); await Task.Delay(Timeout.Infinite, call.Token); return LlmHarness.Text("x"); });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => llm.Recognizer.RecognizeAsync(Message, Lang.Zh, Context, cts.Token));
    }

    [Fact]
    public async Task Failure_is_logged_as_a_warning_without_the_message_or_the_exception_text()
    {
        var llm = new LlmHarness().Answers(_ => throw new HttpRequestException("upstream said: 第3条申请销号 sk-secret"));
        await llm.Recognizer.RecognizeAsync(Message, Lang.Zh, Context, CancellationToken.None);

        var warning = Assert.Single(llm.Logs.Lines, l => l.Level == LogLevel.Warning);
        Assert.Contains("HttpRequestException", warning.Text);
        Assert.DoesNotContain(llm.Logs.Lines, l => l.Level >= LogLevel.Information && (l.Text.Contains(Message) || l.Text.Contains("sk-secret")));
    }

    [Fact]
    public async Task The_model_answering_unknown_lets_the_rules_try_without_a_fallback_note()
    {
        var llm = new LlmHarness().CallsTool(EngineCapability.Unknown);
        var intent = await llm.Recognizer.RecognizeAsync(Message, Lang.Zh, Context, CancellationToken.None);
        Assert.Equal(RulesAnswer.Name, intent.Name);
        Assert.False(intent.UnderstoodByRulesAfterLlmFailure);
    }

    private static void AssertRulesFallback(Intent intent)
    {
        Assert.Equal(RulesAnswer.Name, intent.Name);
        Assert.Equal(RulesAnswer.Slots, intent.Slots);
        Assert.True(intent.UnderstoodByRulesAfterLlmFailure);
    }
}
