using System.ClientModel;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using OpenAI;

namespace ChatBot.Bot.Llm;

/// <summary>
/// Builds the provider's own chat client from validated <see cref="LlmOptions"/>. The result is
/// the bare client; <see cref="LlmServiceCollectionExtensions.AddLlm"/> wraps it in the pipeline.
/// </summary>
public static class LlmChatClientFactory
{
    private const string AzureChinaAudience = "https://cognitiveservices.azure.cn/.default";

    public static IChatClient Create(LlmOptions options) => options.Provider switch
    {
        LlmProvider.AzureOpenAI => CreateAzure(options),
        LlmProvider.OpenAI => CreateOpenAICompatible(options),
        _ => throw new InvalidOperationException($"{LlmOptions.SectionName}:Provider is {options.Provider}; there is no chat client to build."),
    };

    private static IChatClient CreateAzure(LlmOptions options)
    {
        var endpoint = new Uri(options.Endpoint!);
        var clientOptions = new AzureOpenAIClientOptions
        {
            // The client's per-try NetworkTimeout stays at its default on purpose: the whole call is
            // bounded by TimeoutAndUsageChatClient, and a shorter per-try limit firing first would turn
            // a timeout into a retry or an ordinary failure.
            RetryPolicy = new LlmRetryPolicy(options.MaxRetries),
        };

        AzureOpenAIClient client;
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            // No key: Entra ID through DefaultAzureCredential (managed identity in Azure, Azure CLI on
            // a developer's machine). Azure China (21Vianet) has its own authority and token audience;
            // the public defaults would fail there at the first call with an audience error.
            var china = IsAzureChina(endpoint);
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                AuthorityHost = china ? AzureAuthorityHosts.AzureChina : AzureAuthorityHosts.AzurePublicCloud,
            });
            if (china)
            {
                clientOptions.Audience = new AzureOpenAIAudience(AzureChinaAudience);
            }
            client = new AzureOpenAIClient(endpoint, credential, clientOptions);
        }
        else
        {
            client = new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey), clientOptions);
        }

        return client.GetChatClient(options.Deployment!).AsIChatClient();
    }

    private static IChatClient CreateOpenAICompatible(LlmOptions options)
    {
        var clientOptions = new OpenAIClientOptions
        {
            RetryPolicy = new LlmRetryPolicy(options.MaxRetries),
        };
        if (!string.IsNullOrWhiteSpace(options.Endpoint))
        {
            clientOptions.Endpoint = new Uri(options.Endpoint);
        }

        // On-premises vLLM/Ollama usually want no key, but the client insists on one.
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? "none" : options.ApiKey;
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions).GetChatClient(options.Model!).AsIChatClient();
    }

    /// <summary>Azure OpenAI resources in Azure China live under *.openai.azure.cn.</summary>
    internal static bool IsAzureChina(Uri endpoint) =>
        endpoint.Host.EndsWith(".azure.cn", StringComparison.OrdinalIgnoreCase);
}
