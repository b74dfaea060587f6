using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Outbox;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;

namespace ChatBot.Bot.Tests.Outbox;

public sealed class OutboxRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, IStore store)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(store);
        services.AddSingleton(Mock.Of<IConnectorClient>());
        services.AddOutbox(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddOutbox_binds_the_Outbox_section_and_registers_the_dispatcher_as_a_hosted_service()
    {
        using var store = new LiteDbStore(new MemoryStream());
        using var provider = Build(new() { ["Outbox:TenantRatePerSecond"] = "30", ["Outbox:MaxConcurrentSends"] = "16" }, store);

        var options = provider.GetRequiredService<IOptions<OutboxOptions>>().Value;
        Assert.Equal((30, 16), (options.TenantRatePerSecond, options.MaxConcurrentSends));
        Assert.Contains(provider.GetServices<IHostedService>(), s => s is OutboxDispatcher);
        Assert.Same(provider.GetRequiredService<ChatBot.Bot.Outbox.Outbox>(), provider.GetRequiredService<ChatBot.Bot.Outbox.Outbox>());
    }

    [Theory]
    [InlineData("Outbox:TenantRatePerSecond", "0")]
    [InlineData("Outbox:MaxConcurrentSends", "1000")]
    [InlineData("Outbox:RetryMaxDelay", "00:00:01")]
    [InlineData("Outbox:RateHeadroom", "-0.1")]
    public void Settings_that_would_break_the_limits_are_refused(string key, string value)
    {
        using var store = new LiteDbStore(new MemoryStream());
        using var provider = Build(new() { [key] = value }, store);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<OutboxOptions>>().Value);
        Assert.Contains(key, error.Message);
    }
}
