namespace ChatBot.Bot.Llm;

/// <summary>The "Llm" configuration section. Checked at start-up by <see cref="LlmOptionsValidator"/>.</summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>
    /// Azure: the resource endpoint (https://NAME.openai.azure.com/ or …openai.azure.cn/).
    /// OpenAI-compatible: the API base including its version segment (e.g. http://llm.internal:8000/v1);
    /// empty means OpenAI's public endpoint.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>Azure OpenAI deployment name (Azure routes by deployment, not by model).</summary>
    public string? Deployment { get; set; }

    /// <summary>Model name for OpenAI-compatible servers (e.g. qwen2.5-72b-instruct, deepseek-chat).</summary>
    public string? Model { get; set; }

    /// <summary>
    /// API key. Empty for AzureOpenAI means Entra ID (DefaultAzureCredential: managed identity,
    /// workload identity, Azure CLI …); empty for OpenAI-compatible servers that need no key.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Bound on a whole call, retries included: a chat turn has to answer within Teams' 15 s.</summary>
    public int TimeoutSeconds { get; set; } = 8;

    /// <summary>Retries after the first try for 408/429/5xx and network errors.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The name the model is addressed by: the deployment on Azure, the model elsewhere.</summary>
    public string? ModelOrDeployment => Provider == LlmProvider.AzureOpenAI ? Deployment : Model;
}
