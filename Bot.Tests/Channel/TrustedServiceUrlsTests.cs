using ChatBot.Bot.Channel.Connector;

namespace ChatBot.Bot.Tests.Channel;

public sealed class TrustedServiceUrlsTests
{
    [Fact]
    public void Trust_is_per_origin()
    {
        var trusted = new TrustedServiceUrls(trustAnyLoopback: false);
        Assert.True(trusted.Trust("https://smba.trafficmanager.net/amer/"));

        Assert.True(trusted.IsTrusted("https://SMBA.trafficmanager.net/emea/"));
        Assert.False(trusted.IsTrusted("http://smba.trafficmanager.net/amer/"));
        Assert.False(trusted.IsTrusted("https://smba.trafficmanager.net:8443/amer/"));
        Assert.False(trusted.IsTrusted("https://smba.trafficmanager.net.attacker.example/amer/"));
        Assert.Equal(["https://smba.trafficmanager.net"], trusted.Origins);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    [InlineData("https://user:pass@smba.trafficmanager.net/amer/")]
    public void Unsafe_urls_are_never_trusted(string? url)
    {
        var trusted = new TrustedServiceUrls(trustAnyLoopback: true);
        Assert.False(trusted.Trust(url));
        Assert.False(trusted.IsTrusted(url));
    }

    [Fact]
    public void Loopback_is_trusted_without_auth_only()
    {
        Assert.True(new TrustedServiceUrls(trustAnyLoopback: true).IsTrusted("http://127.0.0.1:3978/"));
        Assert.True(new TrustedServiceUrls(trustAnyLoopback: true).IsTrusted("http://localhost:3978/"));
        Assert.False(new TrustedServiceUrls(trustAnyLoopback: true).IsTrusted("https://smba.trafficmanager.net/amer/"));
        Assert.False(new TrustedServiceUrls(trustAnyLoopback: false).IsTrusted("http://127.0.0.1:3978/"));
    }

    [Fact]
    public void Stored_conversation_reference_can_be_trusted_again_after_a_restart()
    {
        var afterRestart = new TrustedServiceUrls(trustAnyLoopback: false);
        Assert.False(afterRestart.IsTrusted("https://smba.trafficmanager.net/apac/"));
        afterRestart.Trust("https://smba.trafficmanager.net/apac/");
        Assert.True(afterRestart.IsTrusted("https://smba.trafficmanager.net/apac/"));
    }

    [Fact]
    public void The_clouds_channel_hosts_are_trusted_over_https_from_the_start_but_not_stored_as_learned()
    {
        var china = new TrustedServiceUrls(trustAnyLoopback: false, ChatBot.Bot.Channel.Auth.BotCloudEndpoints.China.ChannelServiceHosts);
        Assert.True(china.IsTrusted("https://frontend.botapi.msg.infra.teams.microsoftonline.cn/"));
        Assert.False(china.IsTrusted("http://frontend.botapi.msg.infra.teams.microsoftonline.cn/"));
        Assert.False(china.IsTrusted("https://smba.trafficmanager.net/teams/"));
        Assert.False(china.IsLearned("https://frontend.botapi.msg.infra.teams.microsoftonline.cn/"));

        var learned = new TrustedServiceUrls(trustAnyLoopback: true);
        Assert.False(learned.IsLearned("http://127.0.0.1:3978/"));
        learned.Trust("http://127.0.0.1:3978/");
        Assert.True(learned.IsLearned("http://127.0.0.1:3978/x"));
    }
}
