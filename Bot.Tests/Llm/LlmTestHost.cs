using Microsoft.Extensions.DependencyInjection;
using ChatBot.Bot.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests.Llm;

/// <summary>
/// The services exactly as <c>AddLlm</c> registers them for the bot, from in-memory configuration,
/// with every log line captured.
/// </summary>
internal sealed class LlmTestHost : IDisposable
{
    public const string TestApiKey = "sk-test-secret-0123456789";

    private readonly ServiceProvider _services;

    private LlmTestHost(ServiceProvider services, CapturedLogs logs)
    {
        _services = services;
        Logs = logs;
    }

    public CapturedLogs Logs { get; }

    public IChatClient ChatClient => _services.GetRequiredService<IChatClient>();

    public LlmUsageLog Usage => _services.GetRequiredService<LlmUsageLog>();

    public IServiceProvider Services => _services;

    public static LlmTestHost Create(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var logs = new CapturedLogs();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddLlm(configuration);
        return new LlmTestHost(services.BuildServiceProvider(), logs);
    }

    /// <summary>Settings pointing the given provider at the stub, with a short timeout.</summary>
    public static Dictionary<string, string?> StubSettings(string provider, OpenAiStub stub, int timeoutSeconds = 2, int maxRetries = 2) =>
        provider switch
        {
            "AzureOpenAI" => new()
            {
                ["Llm:Provider"] = "AzureOpenAI",
                ["Llm:Endpoint"] = stub.BaseUrl + "/",
                ["Llm:Deployment"] = "gpt-4o-mini-dt",
                ["Llm:ApiKey"] = TestApiKey,
                ["Llm:TimeoutSeconds"] = timeoutSeconds.ToString(),
                ["Llm:MaxRetries"] = maxRetries.ToString(),
            },
            "OpenAI" => new()
            {
                ["Llm:Provider"] = "OpenAI",
                ["Llm:Endpoint"] = stub.BaseUrl + "/v1",
                ["Llm:Model"] = "qwen2.5-7b-instruct",
                ["Llm:ApiKey"] = TestApiKey,
                ["Llm:TimeoutSeconds"] = timeoutSeconds.ToString(),
                ["Llm:MaxRetries"] = maxRetries.ToString(),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };

    /// <summary>Runs the start-up validation the host runs (ValidateOnStart).</summary>
    public void ValidateAsAtStartup() => _services.GetRequiredService<IStartupValidator>().Validate();

    public void Dispose() => _services.Dispose();
}
