using Microsoft.Extensions.DependencyInjection;
using ChatBot.Bot.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests.Llm;

public sealed class LlmRegistrationTests
{
    [Fact]
    public void Without_configuration_there_is_no_chat_client_and_the_status_says_rules()
    {
        using var host = LlmTestHost.Create(new Dictionary<string, string?>());

        host.ValidateAsAtStartup();

        Assert.Null(host.Services.GetService<IChatClient>());
        var status = host.Services.GetRequiredService<LlmStatus>();
        Assert.False(status.IsConfigured);
        Assert.Equal("None", status.ProviderName);
    }

    [Fact]
    public void A_configured_provider_shows_in_the_status()
    {
        using var host = LlmTestHost.Create(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAI",
            ["Llm:Endpoint"] = "http://127.0.0.1:9/v1",
            ["Llm:Model"] = "deepseek-chat",
        });

        host.ValidateAsAtStartup();

        var status = host.Services.GetRequiredService<LlmStatus>();
        Assert.True(status.IsConfigured);
        Assert.Equal("OpenAI", status.ProviderName);
        Assert.Equal("deepseek-chat", status.Model);
        Assert.NotNull(host.Services.GetService<IChatClient>());
    }

    [Theory]
    [InlineData("AzureOpenAI", "Endpoint", null, "Llm:Endpoint")]
    [InlineData("AzureOpenAI", "Deployment", null, "Llm:Deployment")]
    [InlineData("AzureOpenAI", "Endpoint", "not a url", "Llm:Endpoint")]
    [InlineData("OpenAI", "Model", null, "Llm:Model")]
    [InlineData("OpenAI", "TimeoutSeconds", "0", "Llm:TimeoutSeconds")]
    [InlineData("OpenAI", "MaxRetries", "-1", "Llm:MaxRetries")]
    public void A_bad_configuration_fails_at_start_up_naming_the_key(string provider, string key, string? value, string expectedKey)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = provider,
            ["Llm:Endpoint"] = "https://example.openai.azure.com/",
            ["Llm:Deployment"] = "gpt-4o-mini",
            ["Llm:Model"] = "qwen",
            ["Llm:ApiKey"] = LlmTestHost.TestApiKey,
        };
        settings["Llm:" + key] = value;
        using var host = LlmTestHost.Create(settings);

        var error = Assert.ThrowsAny<Exception>(host.ValidateAsAtStartup);

        var messages = error is AggregateException all ? string.Join(" ", all.InnerExceptions.Select(e => e.Message)) : error.Message;
        Assert.Contains(expectedKey, messages);
        Assert.DoesNotContain(LlmTestHost.TestApiKey, messages);
    }

    [Fact]
    public void Defaults_are_no_provider_an_eight_second_timeout_and_two_retries()
    {
        var options = new LlmOptions();

        Assert.Equal(LlmProvider.None, options.Provider);
        Assert.Equal(8, options.TimeoutSeconds);
        Assert.Equal(2, options.MaxRetries);
    }

    [Theory]
    [InlineData("https://dt-bureau.openai.azure.com/")]
    [InlineData("https://dt-bureau.openai.azure.cn/")]
    public void Azure_without_a_key_builds_a_client_on_entra_id(string endpoint)
    {
        using var host = LlmTestHost.Create(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "AzureOpenAI",
            ["Llm:Endpoint"] = endpoint,
            ["Llm:Deployment"] = "gpt-4o-mini",
        });

        host.ValidateAsAtStartup();

        // Building must not need a token yet: the credential is asked only at the first call.
        Assert.NotNull(host.Services.GetService<IChatClient>());
    }

    [Fact]
    public void An_unknown_provider_is_refused_naming_the_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LlmTestHost.Create(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "Ollama",
        }));

        Assert.Contains("Llm:Provider", error.Message);
    }
}
