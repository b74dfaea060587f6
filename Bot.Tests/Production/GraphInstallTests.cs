using ChatBot.Bot.Channel;
using ChatBot.Bot.Graph;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Bot.Tests.Production;

/// <summary>
/// Reaching people who never opened the bot: with Graph:Enabled the outbox installs the app for them through
/// Graph (the loopback fake), finds the 1:1 chat and delivers there; without the permission the message is
/// kept as undeliverable with a reason that names the permission and the administrator's alternative.
/// </summary>
public class GraphInstallTests
{
    private const string CatalogAppId = "e1f7c0de-0000-4c5a-9b1e-000000000001";

    private sealed class FixedGraphToken : IGraphTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken ct) => ValueTask.FromResult<string?>("graph-token");
    }

    private static async Task<(SignedInBot Bot, FakeGraph Graph)> StartAsync()
    {
        var graph = await FakeGraph.StartAsync();
        var bot = await SignedInBot.StartAsync(new Dictionary<string, string?>
        {
            ["Graph:Enabled"] = "true",
            ["Graph:CatalogAppId"] = CatalogAppId,
            ["Graph:BaseUrl"] = graph.BaseUrl,
        }, services => services.Replace(ServiceDescriptor.Singleton<IGraphTokenProvider, FixedGraphToken>()));
        return (bot, graph);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var until = Environment.TickCount64 + 15_000;
        while (!condition() && Environment.TickCount64 < until) await Task.Delay(20);
        Assert.True(condition(), "condition not met in time");
    }

    [Fact]
    public async Task A_member_never_seen_in_teams_gets_the_app_installed_and_the_message_in_the_new_chat()
    {
        var (bot, graph) = await StartAsync();
        await using var _ = bot;
        await using var __ = graph;
        var f = bot.F;
        // A colleague writes first, so the channel has vouched for the connector's serviceUrl.
        var colleague = f.Member(m => m.IsOffice);
        await bot.SayAsync(colleague, "帮助");
        await f.Connector.WaitForActivitiesAsync(1);
        var stranger = f.Store.Roster.Members().First(m => !m.IsOffice && m.AadObjectId is not null && m.ChannelUserId is null);
        // Through Change: a write straight to the collection must tell the store's cached look-ups.
        f.Store.Write(s => s.Lite().Change("addresses", () => s.Lite().Addresses.Delete(ConversationAddress.ForMember(stranger.Id))));

        f.Bot.Get<ProactiveDelivery>().Deliver([ProactiveMessage.ToMember("dispatch:mt9:" + stranger.Id, stranger.Id, new Reply("请签收：第1条 城区主干道路灯检修", null))]);
        var outbox = f.Bot.Get<ChatBot.Bot.Outbox.Outbox>();
        await WaitUntilAsync(() => outbox.Find("dispatch:mt9:" + stranger.Id)?.Status is OutboxStatus.Sent or OutboxStatus.Failed);

        Assert.Equal(OutboxStatus.Sent, outbox.Find("dispatch:mt9:" + stranger.Id)!.Status);
        var install = graph.Calls.First(c => c.Method == "POST");
        Assert.Equal($"/v1.0/users/{stranger.AadObjectId}/teamwork/installedApps", install.Path);
        Assert.EndsWith($"/appCatalogs/teamsApps/{CatalogAppId}", install.Body!["teamsApp@odata.bind"]!.GetValue<string>());
        Assert.All(graph.Calls, c => Assert.Equal("Bearer graph-token", c.Authorization));
        var sent = f.Connector.SentActivities().Single(a => a["text"]?.GetValue<string>() == "请签收：第1条 城区主干道路灯检修");
        Assert.Equal(FakeGraph.ChatFor(stranger.AadObjectId!), sent["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal(FakeGraph.ChatFor(stranger.AadObjectId!), f.Store.Addresses.Get(ConversationAddress.ForMember(stranger.Id)).ConversationId);
    }

    [Fact]
    public async Task Without_the_permission_the_message_waits_with_a_reason_that_names_the_admins_alternative()
    {
        var (bot, graph) = await StartAsync();
        await using var _ = bot;
        await using var __ = graph;
        graph.RefuseWith = 403;
        var f = bot.F;
        var stranger = f.Store.Roster.Members().First(m => !m.IsOffice && m.AadObjectId is not null && m.ChannelUserId is null);

        f.Bot.Get<ProactiveDelivery>().Deliver([ProactiveMessage.ToMember("dispatch:mt9:" + stranger.Id, stranger.Id, new Reply("请签收", null))]);
        var outbox = f.Bot.Get<ChatBot.Bot.Outbox.Outbox>();
        await WaitUntilAsync(() => outbox.Find("dispatch:mt9:" + stranger.Id)?.Status == OutboxStatus.Failed);

        var reason = outbox.Find("dispatch:mt9:" + stranger.Id)!.FailureReason!;
        Assert.Contains(GraphOptions.Permission, reason);
        Assert.Contains("setup policy", reason);
        Assert.Single(graph.Calls); // one refused install, not a retry loop
    }

    [Fact]
    public async Task After_a_removal_graph_installs_the_app_again_once_and_a_bot_still_refused_is_not_reinstalled_again()
    {
        var (bot, graph) = await StartAsync();
        await using var _ = bot;
        await using var __ = graph;
        var f = bot.F;
        var member = f.Member(m => !m.IsOffice && m.AadObjectId is not null);
        await bot.SayAsync(member, "帮助");
        await f.Connector.WaitForActivitiesAsync(1);
        Assert.Equal(200, (int)(await bot.PostAsync(UninstallTests.Installation(bot, member, "remove"))).StatusCode);
        var outbox = f.Bot.Get<ChatBot.Bot.Outbox.Outbox>();
        var delivery = f.Bot.Get<ProactiveDelivery>();

        delivery.Deliver([ProactiveMessage.ToMember("notice:r1", member.Id, new Reply("第一条：请签收", null))]);
        await WaitUntilAsync(() => outbox.Find("notice:r1")?.Status is OutboxStatus.Sent or OutboxStatus.Failed);
        Assert.Equal(OutboxStatus.Sent, outbox.Find("notice:r1")!.Status);
        Assert.Single(graph.Calls, c => c.Method == "POST");
        var sent = f.Connector.SentActivities().Single(a => a["text"]?.GetValue<string>() == "第一条：请签收");
        Assert.Equal(FakeGraph.ChatFor(member.AadObjectId!), sent["conversation"]!["id"]!.GetValue<string>());

        // Teams still refuses (the person blocked the bot): marked removed again, and Graph is not asked a second time.
        f.Connector.Respond = c => c.Method == "POST" && c.Path.EndsWith("/activities", StringComparison.Ordinal) ? (403, null) : null;
        delivery.Deliver([ProactiveMessage.ToMember("notice:r2", member.Id, new Reply("第二条", null))]);
        await WaitUntilAsync(() => outbox.Find("notice:r2")?.Status == OutboxStatus.Failed);
        delivery.Deliver([ProactiveMessage.ToMember("notice:r3", member.Id, new Reply("第三条", null))]);
        await WaitUntilAsync(() => outbox.Find("notice:r3")?.Status == OutboxStatus.Failed);
        Assert.Equal(FailureKind.Removed, outbox.Find("notice:r3")!.FailureKind);
        Assert.Single(graph.Calls, c => c.Method == "POST");
        Assert.Equal(1, f.Connector.Calls.Count(c => c.Status == 403));
    }
}
