namespace ChatBot.Dialogs.Understanding.Llm;

/// <summary>Limits of the LLM path that belong to understanding rather than to the provider's client.</summary>
public sealed class LlmUnderstandingOptions
{
    /// <summary>
    /// A last bound on the model's answer. The provider pipeline has its own (Llm:TimeoutSeconds, 8 s);
    /// this one also holds when a client ignores cancellation, and stays under Teams' 15 s.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Real time: a turn waits in wall-clock seconds even when the bureau's clock is faked.</summary>
    public TimeProvider Timer { get; init; } = TimeProvider.System;
}
