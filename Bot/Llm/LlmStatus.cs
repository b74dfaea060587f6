namespace ChatBot.Bot.Llm;

/// <summary>
/// What the help text says about understanding: whether an LLM is configured and which one.
/// Carries no endpoint or key, so it is safe to show to any user.
/// </summary>
public sealed record LlmStatus(bool IsConfigured, LlmProvider Provider, string? Model)
{
    public static LlmStatus From(LlmOptions options) =>
        options.Provider == LlmProvider.None
            ? new LlmStatus(false, LlmProvider.None, null)
            : new LlmStatus(true, options.Provider, options.ModelOrDeployment);

    /// <summary>Provider name for display: "AzureOpenAI", "OpenAI" or "None".</summary>
    public string ProviderName => Provider.ToString();
}
