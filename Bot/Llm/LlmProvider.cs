namespace ChatBot.Bot.Llm;

/// <summary>Which kind of chat-completion service the bot talks to (config <c>Llm:Provider</c>).</summary>
public enum LlmProvider
{
    /// <summary>No LLM: understanding runs on the deterministic Chinese rules only.</summary>
    None = 0,

    /// <summary>Azure OpenAI (public Azure or Azure China): endpoint + deployment name.</summary>
    AzureOpenAI,

    /// <summary>Any OpenAI-compatible endpoint: OpenAI itself, or on-premises vLLM/Ollama serving Qwen, DeepSeek, GLM.</summary>
    OpenAI,
}
