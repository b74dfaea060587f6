using Azure.Identity;
using ChatBot.Bot.Channel.Auth;
using ChatBot.Bot.Channel.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests.Channel;

public sealed class BotOptionsTests
{
    private const string Tenant = "22222222-bbbb-4bbb-8bbb-222222222222";

    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();

    private static BotOptions Bind(IConfiguration configuration)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddBotAuthentication(configuration);
        services.AddBotConnector(configuration);
        return services.BuildServiceProvider().GetRequiredService<IOptions<BotOptions>>().Value;
    }

    [Fact]
    public void Public_cloud_single_tenant_defaults()
    {
        var o = Bind(Config(("Bot:AppId", "app"), ("Bot:TenantId", Tenant), ("Bot:ClientSecret", "s"),
            ("Bot:AllowedTenants:0", Tenant)));

        Assert.True(o.AuthenticationEnabled);
        Assert.Equal(BotAppType.SingleTenant, o.AppType);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", o.ChannelOpenIdMetadataUrl);
        Assert.Equal(["https://api.botframework.com"], o.ChannelIssuers);
        Assert.Equal([$"https://login.microsoftonline.com/{Tenant}/v2.0", $"https://sts.windows.net/{Tenant}/"], o.TenantIssuers);
        Assert.Equal($"https://login.microsoftonline.com/{Tenant}/v2.0/.well-known/openid-configuration", o.TenantOpenIdMetadataUrl);
        Assert.Equal($"https://login.microsoftonline.com/{Tenant}", o.OAuthAuthority);
        Assert.Equal("https://api.botframework.com/.default", o.OAuthScope);
        Assert.Equal([Tenant], o.AllowedTenants); // bound once even though both registrations ran
    }

    [Fact]
    public void China_cloud_presets()
    {
        var single = Bind(Config(("Bot:AppId", "app"), ("Bot:TenantId", Tenant), ("Bot:ClientSecret", "s"), ("Bot:Cloud", "China")));
        Assert.Equal("https://login.botframework.azure.cn/v1/.well-known/openidconfiguration", single.ChannelOpenIdMetadataUrl);
        Assert.Equal(["https://api.botframework.azure.cn"], single.ChannelIssuers);
        Assert.Equal("https://api.botframework.azure.cn/.default", single.OAuthScope);
        Assert.Equal($"https://login.partner.microsoftonline.cn/{Tenant}", single.OAuthAuthority);
        Assert.Contains($"https://sts.chinacloudapi.cn/{Tenant}/", single.TenantIssuers);

        var multi = Bind(Config(("Bot:AppId", "app"), ("Bot:AppType", "MultiTenant"), ("Bot:ClientSecret", "s"), ("Bot:Cloud", "China")));
        Assert.Equal("https://login.partner.microsoftonline.cn/microsoftservices.partner.onmschina.cn", multi.OAuthAuthority);
        Assert.Empty(multi.TenantIssuers);
    }

    [Fact]
    public void Overrides_replace_the_presets()
    {
        var o = Bind(Config(("Bot:AppId", "app"), ("Bot:AppType", "MultiTenant"), ("Bot:ClientSecret", "s"),
            ("Bot:Authentication:OpenIdMetadataUrl", "https://login.botframework.azure.us/v1/.well-known/openidconfiguration"),
            ("Bot:Authentication:ValidIssuers:0", "https://api.botframework.us"),
            ("Bot:Authentication:OAuthAuthority", "https://login.microsoftonline.us/botframework.com"),
            ("Bot:Authentication:OAuthScope", "https://api.botframework.us/.default")));

        Assert.Equal(["https://api.botframework.us"], o.ChannelIssuers);
        Assert.Equal("https://login.microsoftonline.us/botframework.com", o.OAuthAuthority);
        Assert.Equal("https://api.botframework.us/.default", o.OAuthScope);
        Assert.Equal("https://login.botframework.azure.us/v1/.well-known/openidconfiguration", o.ChannelOpenIdMetadataUrl);
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration", false)]
    [InlineData("http://10.0.0.5/v1/.well-known/openidconfiguration", false)]
    [InlineData("ftp://127.0.0.1/v1/.well-known/openidconfiguration", false)]
    [InlineData("http://127.0.0.1:5000/v1/.well-known/openidconfiguration", true)]
    [InlineData("http://localhost:5000/v1/.well-known/openidconfiguration", true)]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration", true)]
    public void Plain_http_metadata_is_accepted_only_on_loopback(string url, bool valid)
    {
        var result = new BotOptionsValidator().Validate(null, new BotOptions
        {
            AppId = "app",
            AppType = BotAppType.MultiTenant,
            ClientSecret = "s",
            Authentication = { OpenIdMetadataUrl = url },
        });
        Assert.Equal(valid, result.Succeeded);
        if (!valid) Assert.Contains("Bot:Authentication:OpenIdMetadataUrl", result.FailureMessage);
    }

    [Fact]
    public async Task Startup_fails_with_a_clear_message_for_http_metadata_on_a_public_host()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddBotAuthentication(Config(("Bot:AppId", "app"), ("Bot:AppType", "MultiTenant"), ("Bot:ClientSecret", "s"),
            ("Bot:Authentication:OpenIdMetadataUrl", "http://metadata.example/openid")));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("plain http is accepted only for a loopback host", ex.Message);
    }

    [Fact]
    public void Single_tenant_needs_a_tenant_and_a_credential()
    {
        var result = new BotOptionsValidator().Validate(null, new BotOptions { AppId = "app" });
        Assert.False(result.Succeeded);
        Assert.Contains("Bot:TenantId", result.FailureMessage);
        Assert.Contains("Bot:ClientSecret", result.FailureMessage);
    }

    [Fact]
    public void Without_app_id_nothing_is_required()
    {
        var o = Bind(Config());
        Assert.False(o.AuthenticationEnabled);
    }

    [Fact]
    public void Credential_follows_the_app_type()
    {
        Assert.IsType<ClientSecretCredential>(ConnectorCredentialFactory.Create(new BotOptions
            { AppId = "app", TenantId = Tenant, ClientSecret = "s" }));
        Assert.IsType<ManagedIdentityCredential>(ConnectorCredentialFactory.Create(new BotOptions
            { AppId = "msi-client-id", AppType = BotAppType.UserAssignedMSI }));
        Assert.IsType<ClientCertificateCredential>(ConnectorCredentialFactory.Create(new BotOptions
            { AppId = "app", AppType = BotAppType.MultiTenant, CertificatePath = "/etc/bot/cert.pfx" }));
    }

    [Fact]
    public void Authority_splits_into_host_and_tenant()
    {
        var (host, tenant) = ConnectorCredentialFactory.SplitAuthority("https://login.partner.microsoftonline.cn/microsoftservices.partner.onmschina.cn");
        Assert.Equal(new Uri("https://login.partner.microsoftonline.cn/"), host);
        Assert.Equal("microsoftservices.partner.onmschina.cn", tenant);
    }

    private static Microsoft.AspNetCore.Builder.WebApplication BuildBot(string storePath, params string[] settings) =>
        BotApp.Build(["--urls", "http://127.0.0.1:0", $"--Storage:Path={storePath}", "--Reminders:Enabled=false", .. settings],
            b => b.Logging.ClearProviders());

    [Fact]
    public async Task China_has_no_guessed_default_service_url_start_up_names_the_setting_to_configure()
    {
        using var dir = new ChatBot.Bot.Tests.Infrastructure.TempDir();
        await using var china = BuildBot(dir.File("china.db"), "--Bot:Cloud=China");
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => china.StartAsync());
        Assert.Contains("Outbox:DefaultServiceUrl is required", ex.Message);

        await using var configured = BuildBot(dir.File("configured.db"), "--Bot:Cloud=China", "--Outbox:DefaultServiceUrl=https://frontend.botapi.msg.infra.teams.microsoftonline.cn/bureau/");
        Assert.Equal("https://frontend.botapi.msg.infra.teams.microsoftonline.cn/bureau/",
            configured.Services.GetRequiredService<IOptions<ChatBot.Bot.Outbox.OutboxOptions>>().Value.DefaultServiceUrl);
        await using var publicCloud = BuildBot(dir.File("public.db"));
        Assert.Equal("https://smba.trafficmanager.net/teams/",
            publicCloud.Services.GetRequiredService<IOptions<ChatBot.Bot.Outbox.OutboxOptions>>().Value.DefaultServiceUrl);
    }
}
