using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Bot.Tests.EndToEnd;

/// <summary>The turn pipeline over real HTTP: bot on Kestrel, fake Bot Connector on 127.0.0.1.</summary>
public class PipelineTests : IAsyncLifetime
{
    private BotFixture _f = null!;
    public async Task InitializeAsync() => _f = await BotFixture.StartAsync();
    public async Task DisposeAsync() => await _f.DisposeAsync();

    [Theory]
    [InlineData("帮助", "zh-CN", "督办助手能为您做什么")]
    [InlineData("help", "en-US", "What Directive Tracker can do")]
    [InlineData("Help", "en-GB", "What Directive Tracker can do")]
    public async Task Help_answers_in_the_language_of_the_activity(string text, string locale, string expected)
    {
        var staff = _f.Member(m => m.Memberships.Any(x => x.Role == UnitRole.Staff) && !m.IsOffice && !m.IsLeader);
        var response = await _f.SayAsync(staff, text, locale);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await _f.Connector.WaitForActivitiesAsync(1)).Single();
        Assert.Equal("message", reply["type"]!.GetValue<string>());
        Assert.Contains(expected, Activities.CardText(reply));
        var call = _f.Connector.Calls.Single();
        Assert.Matches(@"^/v3/conversations/[^/]+/activities/in-\d+$", call.Path);
    }

    [Fact]
    public async Task Expect_replies_returns_the_replies_in_the_response_and_sends_nothing()
    {
        var staff = _f.Member(m => !m.IsOffice);
        var activity = Activities.Message(_f.Connector.ServiceUrl, $"29:{staff.Id}", "帮助", aadObjectId: staff.AadObjectId);
        activity["deliveryMode"] = "expectReplies";
        var response = await _f.Http.PostAsync(_f.Bot.BaseUrl, activity);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        CardSink.Record(body, "expect-replies");
        Assert.Contains("督办助手能为您做什么", Activities.CardText(body["activities"]![0]));
        Assert.Empty(_f.Connector.Calls);
    }

    [Fact]
    public async Task Open_items_lists_the_members_assignments_most_urgent_first_in_zh_and_en()
    {
        var unit = _f.Unit("市政工程处");
        var head = _f.Member(m => m.HasRole(unit.Id, UnitRole.Head));
        var today = new DateOnly(2026, 11, 27);
        _f.Store.Write(s =>
        {
            Add(s, 1, unit.Id, "凤凰山隧道二三期工程抢抓进度", today.AddDays(20));
            Add(s, 2, unit.Id, "金南大道西延线督促施工方落实举措", today.AddDays(-2));
            Add(s, 3, unit.Id, "老城区地下管涵安全排查", today.AddDays(1));
            Add(s, 4, unit.Id, "春节亮化项目跟进协调", null);
            Add(s, 5, _f.Unit("局人事科").Id, "三年目标任务谋划", today.AddDays(3));
            Add(s, 6, unit.Id, "已办结的事项", today.AddDays(-9), AssignmentStatus.Closed);
        });

        await _f.SayAsync(head, "我还有什么没办的");
        await _f.SayAsync(head, "what do I still owe", "en-US");
        var replies = await _f.Connector.WaitForActivitiesAsync(2);
        var zh = Activities.CardText(replies[0])!;
        Assert.Contains("我的待办（4 项）", zh);
        Assert.DoesNotContain("三年目标任务谋划", zh); // another unit
        Assert.DoesNotContain("已办结的事项", zh);
        var order = new[] { "金南大道", "老城区地下管涵", "凤凰山隧道", "春节亮化" }.Select(t => zh.IndexOf(t, StringComparison.Ordinal)).ToArray();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order(), order);
        Assert.Contains("已逾期 2 天", zh);
        Assert.Contains("🔴", zh);
        Assert.Contains("🟡", zh);
        Assert.Contains("Your open items (4)", Activities.CardText(replies[1]));

        static void Add(ChatBot.Dialogs.Storage.IStoreSession s, int n, string unitId, string task, DateOnly? due, AssignmentStatus status = AssignmentStatus.Dispatched) =>
            s.Items.Add(new Assignment { Id = $"a{n}", Number = n, DirectiveId = $"d{n}", MeetingId = "mt1", UnitId = unitId, Task = task, Due = due, Status = status });
    }

    [Fact]
    public async Task Open_items_for_a_member_with_nothing_open_says_so()
    {
        var staff = _f.Member(m => !m.IsOffice && !m.IsLeader);
        await _f.SayAsync(staff, "我的待办");
        var reply = (await _f.Connector.WaitForActivitiesAsync(1)).Single();
        Assert.Equal("您目前没有待办事项。", reply["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Malformed_json_gets_400_with_a_short_message()
    {
        var response = await _f.Http.PostAsync(_f.Bot.BaseUrl + "/api/messages", new StringContent("{\"type\": \"message\",", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Malformed activity", await response.Content.ReadAsStringAsync());
        var noType = await _f.Http.PostAsync(_f.Bot.BaseUrl + "/api/messages", new StringContent("{\"text\":\"hi\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, noType.StatusCode);
    }

    [Fact]
    public async Task Unknown_activity_types_are_acknowledged_and_ignored()
    {
        var activity = Activities.Message(_f.Connector.ServiceUrl, "29:x", "hi");
        activity["type"] = "messageReaction";
        var response = await _f.Http.PostAsync(_f.Bot.BaseUrl, activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(_f.Connector.Calls);
    }

    [Fact]
    public async Task Without_an_app_id_a_non_loopback_service_url_is_refused()
    {
        var activity = Activities.Message("https://smba.trafficmanager.net/amer/", "29:x", "帮助");
        var response = await _f.Http.PostAsync(_f.Bot.BaseUrl, activity);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Someone_not_on_the_roster_is_told_whom_to_ask()
    {
        await _f.Http.PostAsync(_f.Bot.BaseUrl, Activities.Message(_f.Connector.ServiceUrl, "29:stranger", "我的待办", aadObjectId: Guid.NewGuid().ToString()));
        var reply = (await _f.Connector.WaitForActivitiesAsync(1)).Single();
        Assert.Contains("不在督办名册中", reply["text"]!.GetValue<string>());
        Assert.Contains("局办公室", reply["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_channel_message_is_understood_without_the_bots_mention()
    {
        var staff = _f.Member(m => !m.IsOffice);
        var activity = Activities.Message(_f.Connector.ServiceUrl, $"29:{staff.Id}", "<at>督办助手</at> 帮助", aadObjectId: staff.AadObjectId, conversationId: "19:channel@thread.tacv2;messageid=1", conversationType: "channel");
        activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>督办助手</at>", ["mentioned"] = new JsonObject { ["id"] = "28:bot", ["name"] = "督办助手" } });
        await _f.Http.PostAsync(_f.Bot.BaseUrl, activity);
        var reply = (await _f.Connector.WaitForActivitiesAsync(1)).Single();
        Assert.Contains("督办助手能为您做什么", Activities.CardText(reply));
    }

    [Fact]
    public async Task A_card_action_is_routed_by_its_verb()
    {
        var staff = _f.Member(m => !m.IsOffice);
        var activity = Activities.Message(_f.Connector.ServiceUrl, $"29:{staff.Id}", "", aadObjectId: staff.AadObjectId);
        activity.Remove("text");
        activity["value"] = new JsonObject { ["verb"] = "openItems" };
        await _f.Http.PostAsync(_f.Bot.BaseUrl, activity);
        var reply = (await _f.Connector.WaitForActivitiesAsync(1)).Single();
        Assert.Equal("您目前没有待办事项。", reply["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Empty_and_oversized_messages_get_a_short_helpful_answer()
    {
        var staff = _f.Member(m => !m.IsOffice);
        await _f.SayAsync(staff, "   ");
        await _f.SayAsync(staff, new string('字', 20_001));
        await _f.SayAsync(staff, new string('字', 100_001));
        var replies = await _f.Connector.WaitForActivitiesAsync(3);
        Assert.Contains("帮助", replies[0]["text"]!.GetValue<string>());
        Assert.Contains("没有理解", replies[1]["text"]!.GetValue<string>());
        Assert.Contains("100000", replies[2]["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        var staff = _f.Member(m => !m.IsOffice);
        var activity = Activities.Message(_f.Connector.ServiceUrl, $"29:{staff.Id}", new string('x', 1_100_000));
        var response = await _f.Http.PostAsync(_f.Bot.BaseUrl, activity);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Health_reports_the_store()
    {
        var response = await _f.Http.GetAsync(_f.Bot.BaseUrl + "/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("reachable", await response.Content.ReadAsStringAsync());
    }
}
