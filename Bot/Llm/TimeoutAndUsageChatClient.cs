using System.ClientModel;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace ChatBot.Bot.Llm;

/// <summary>
/// Innermost link of the bot's chat-client pipeline. It bounds a whole call — every retry and
/// back-off included — by <see cref="LlmOptions.TimeoutSeconds"/>, because a Teams turn must be
/// answered within 15 s and the rules can answer instead; and it records each call's token usage.
/// A timeout surfaces as <see cref="TimeoutException"/> so callers can tell it from their own
/// cancellation and say "the LLM was too slow, here is the rule-based result".
/// </summary>
public sealed class TimeoutAndUsageChatClient(
    IChatClient inner,
    TimeSpan timeout,
    string? model,
    LlmUsageLog usage,
    TimeProvider time) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var started = time.GetTimestamp();
        try
        {
            var response = await base.GetResponseAsync(messages, options, linked.Token).ConfigureAwait(false);
            usage.RecordSuccess(response.ModelId ?? model, response.Usage, time.GetElapsedTime(started));
            return response;
        }
        catch (Exception ex) when (IsOurTimeout(deadline, cancellationToken))
        {
            usage.RecordTimeout(model, time.GetElapsedTime(started));
            throw TimedOut(ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            usage.RecordFailure(model, Describe(ex), time.GetElapsedTime(started));
            throw;
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var started = time.GetTimestamp();
        UsageDetails? total = null;
        string? modelId = null;

        // C# cannot yield inside a try with a catch, so the enumerator is driven by hand.
        var updates = base.GetStreamingResponseAsync(messages, options, linked.Token).GetAsyncEnumerator(linked.Token);
        try
        {
            while (true)
            {
                ChatResponseUpdate update;
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                    update = updates.Current;
                }
                catch (Exception ex) when (IsOurTimeout(deadline, cancellationToken))
                {
                    usage.RecordTimeout(model, time.GetElapsedTime(started));
                    throw TimedOut(ex);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    usage.RecordFailure(model, Describe(ex), time.GetElapsedTime(started));
                    throw;
                }

                modelId ??= update.ModelId;
                foreach (var content in update.Contents.OfType<UsageContent>())
                {
                    (total ??= new UsageDetails()).Add(content.Details);
                }
                yield return update;
            }
        }
        finally
        {
            await updates.DisposeAsync().ConfigureAwait(false);
        }

        usage.RecordSuccess(modelId ?? model, total, time.GetElapsedTime(started));
    }

    private static bool IsOurTimeout(CancellationTokenSource deadline, CancellationToken callerToken) =>
        deadline.IsCancellationRequested && !callerToken.IsCancellationRequested;

    private TimeoutException TimedOut(Exception inner) =>
        new($"The LLM did not answer within {timeout.TotalSeconds:0.#} s (retries included).", inner);

    /// <summary>Type and HTTP status only: exception messages can quote the service's reply.</summary>
    private static string Describe(Exception ex) =>
        ex is ClientResultException { Status: > 0 } http ? $"{ex.GetType().Name} (HTTP {http.Status})" : ex.GetType().Name;
}
