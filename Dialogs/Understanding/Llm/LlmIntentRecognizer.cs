using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Rules;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using ChatBot.Dialogs.Conversation.Capabilities;

namespace ChatBot.Dialogs.Understanding.Llm;

/// <summary>
/// The LLM path: the model picks one intent among the registered capabilities' tools by tool calling, and this
/// class reads the call back as an <see cref="Intent"/>. It proposes only — it returns an intent and
/// never changes anything; the features ask the user before any change. Whenever the model cannot be
/// used — timeout, transport error, a text answer instead of a tool call, bad arguments, an unknown
/// tool — the rules understand the same message and the intent is marked so the user is told.
/// </summary>
public sealed class LlmIntentRecognizer(
    IChatClient chat,
    RuleIntentRecognizer rules,
    BureauClock clock,
    IUnitScope scope,
    ConversationMemory memory,
    ILogger<LlmIntentRecognizer> log,
    LlmUnderstandingOptions? options = null,
    CapabilityRegistry? capabilities = null) : IIntentRecognizer
{
    private readonly LlmUnderstandingOptions _options = options ?? new LlmUnderstandingOptions();
    private readonly CapabilityRegistry _capabilities = capabilities ?? CapabilityRegistry.BuiltIn;

    private ChatOptions ToolOptions => _toolOptions ??= new()
    {
        Tools = [.. _capabilities.Tools.Select(t => t.Declaration)],
        ToolMode = ChatToolMode.Auto,
        AllowMultipleToolCalls = false,
        // No temperature: reasoning deployments (o-series) reject it, and a rejected call would mean rules only.
    };
    private ChatOptions? _toolOptions;

    public Task<Intent> RecognizeAsync(string text, Lang lang, CancellationToken ct) => RecognizeCoreAsync(text, lang, null, ct);

    public Task<Intent> RecognizeAsync(string text, Lang lang, RecognitionContext context, CancellationToken ct) =>
        RecognizeCoreAsync(text, lang, context, ct);

    private async Task<Intent> RecognizeCoreAsync(string text, Lang lang, RecognitionContext? context, CancellationToken ct)
    {
        // Nothing to read (emoji, punctuation): no call is worth making.
        if (!text.Any(char.IsLetterOrDigit)) return await rules.RecognizeAsync(text, lang, ct);
        // 确认 / 取消 are the person's own words, read by the rules alone: the model has no say in a confirmation.
        if (ConversationRules.IsConfirmation(text) || ConversationRules.IsCancel(text))
        {
            // Not remembered: the history is replayed as tool calls, and confirm is no tool of the model's.
            return rules.Rules.Recognize(text, clock.Today);
        }
        // A pasted meeting text is data: it goes to the intake review whatever the model read into it.
        var document = rules.Rules.Document(text, clock.Today);

        var messages = Messages(text, lang, context);
        var (intent, failure) = await AskModelAsync(messages, text, ct);
        if (intent is null)
        {
            log.LogWarning("LLM understanding failed ({Reason}); the rules understood the turn instead", failure);
            intent = rules.Rules.Recognize(text, clock.Today) with { UnderstoodByRulesAfterLlmFailure = true };
        }
        else if (document is not null && intent.Name != document.Name)
        {
            if (_capabilities.ChangesState(intent.Name))
                log.LogWarning("LLM proposed {Intent} for a meeting text; the text goes to the intake review instead", intent.Name);
            intent = document;
        }
        else if (intent.Name == EngineCapability.Unknown)
        {
            // The model found no intent; a rule may still know the phrase. Not a failure, so no note.
            intent = rules.Rules.Recognize(text, clock.Today);
        }
        else if (_capabilities.ChangesState(intent.Name) && _capabilities.Tool(intent.Name) is not { TakesTheMessage: true } && InjectionGuard.LooksLikeInjection(text))
        {
            // A message that tries to instruct the bot gets no state-changing intent even if the model
            // went along with it. A pasted meeting text is exempt: its review is the person's check.
            log.LogWarning("LLM proposed {Intent} for a message that tries to instruct the bot; declined", intent.Name);
            intent = Intent.Of(EngineCapability.Unknown);
        }
        else
        {
            intent = intent with { ProposedByLlm = true };
        }
        if (context is not null) memory.Remember(context, text, intent);
        return intent;
    }

    private async Task<(Intent? Intent, string? Failure)> AskModelAsync(List<ChatMessage> messages, string text, CancellationToken ct)
    {
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(ct);
        ChatResponse response;
        try
        {
            if (log.IsEnabled(LogLevel.Debug))
                log.LogDebug("LLM understanding prompt: {Messages}", string.Join("\n---\n", messages.Select(m => $"{m.Role}: {m.Text}")));
            // WaitAsync bounds the call even if a client ignores its token; the token then tells it to stop.
            response = await chat.GetResponseAsync(messages, ToolOptions, abandon.Token).WaitAsync(_options.Timeout, _options.Timer, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw; // the turn itself was abandoned: there is no one to answer
        }
        catch (TimeoutException)
        {
            await abandon.CancelAsync();
            return (null, $"no answer within {_options.Timeout.TotalSeconds:0.#} s");
        }
        catch (Exception ex)
        {
            // Type only: exception messages can quote the provider's reply or the request.
            return (null, ex.GetType().Name);
        }

        var call = response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().FirstOrDefault();
        if (call is null) return (null, "the model answered with text instead of a tool call");
        var reading = ToolCallReader.Read(call, text, _capabilities);
        if (reading.Intent is { } intent)
            log.LogDebug("LLM understood {Intent}", ConversationMemory.Describe(intent));
        return (reading.Intent, reading.Failure);
    }

    private List<ChatMessage> Messages(string text, Lang lang, RecognitionContext? context)
    {
        var units = context is null ? [] : scope.UnitNamesVisibleTo(context.MemberId);
        var messages = new List<ChatMessage> { new(ChatRole.System, UnderstandingPrompt.System(clock.Today, clock.Zone.Id, lang, units)) };
        if (context is not null)
        {
            // Earlier turns are replayed as the tool calls they were, each with a result, so the history
            // shows the model the shape of answer expected rather than priming it to reply in text.
            var n = 0;
            foreach (var turn in memory.Recall(context))
            {
                var callId = "history_" + ++n;
                var arguments = turn.Understood.Slots.ToDictionary(s => s.Key, s => (object?)s.Value);
                messages.Add(new ChatMessage(ChatRole.User, turn.UserText));
                messages.Add(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent(callId, turn.Understood.Name, arguments)]));
                messages.Add(new ChatMessage(ChatRole.Tool, [new FunctionResultContent(callId, "shown to the user")]));
            }
        }
        messages.Add(new ChatMessage(ChatRole.User, UnderstandingPrompt.UserMessage(text)));
        return messages;
    }
}
