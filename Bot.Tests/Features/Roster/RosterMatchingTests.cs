using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Roster.Matching;
using ChatBot.Dialogs.Features.Roster.Chat;

namespace ChatBot.Bot.Tests.Features.Roster;

/// <summary>Teams accounts matched to the roster over real HTTP, with the fake connector's members API.</summary>
public class RosterMatchingTests : IAsyncLifetime
{
    private BotFixture _f = null!;
    public async Task InitializeAsync() => _f = await BotFixture.StartAsync();
    public async Task DisposeAsync() => await _f.DisposeAsync();

    private Member Staff(int skip = 0) => _f.Store.Roster.Members().Where(m => !m.IsOffice && !m.IsLeader).Skip(skip).First();

    private static JsonObject Account(string id, string name, string? aad = null, string? email = null, string? upn = null) => new()
    {
        ["id"] = id, ["name"] = name, ["aadObjectId"] = aad, ["email"] = email, ["userPrincipalName"] = upn,
    };

    private Task<HttpResponseMessage> PostAsync(string userId, string text, string? aad = null, string locale = "zh-CN", JsonObject? value = null)
    {
        var activity = Activities.Message(_f.Connector.ServiceUrl, userId, text, locale, aad);
        if (value is not null) activity["value"] = value;
        return _f.Http.PostAsync(_f.Bot.BaseUrl, activity);
    }

    [Fact]
    public async Task A_first_message_is_matched_by_object_id_from_the_members_api()
    {
        var member = Staff();
        _f.Connector.Members = [Account("29:teams-a", "Teams A", member.AadObjectId!.ToUpperInvariant(), "someone.else@example.cn")];
        await PostAsync("29:teams-a", "帮助");
        var reply = (await _f.Connector.WaitForActivitiesAsync(1)).Single();
        Assert.Contains("督办助手能为您做什么", Activities.CardText(reply));
        Assert.Equal("29:teams-a", _f.Store.Roster.Member(member.Id).ChannelUserId);
        // One member is looked up, not the whole list.
        Assert.Contains(_f.Connector.Calls, c => c.Method == "GET" && c.Path == "/v3/conversations/a:29:teams-a/members/29:teams-a");
        Assert.DoesNotContain(_f.Connector.Calls, c => c.Path.EndsWith("/pagedmembers", StringComparison.Ordinal));
        Assert.Equal("roster.bound", Assert.Single(_f.Store.Audit.For(member.Id)).Action);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_first_message_is_matched_by_email_or_upn_ignoring_case(bool byEmail)
    {
        var member = Staff(1);
        _f.Store.Write(s => { member.AadObjectId = null; s.Roster.UpdateMember(member); });
        var address = member.Email!.ToUpperInvariant();
        _f.Connector.Members = [Account("29:other", "Other", "oid-other"), Account("29:teams-b", "Teams B", "oid-b", byEmail ? address : null, byEmail ? null : address)];
        await PostAsync("29:teams-b", "帮助", aad: "oid-b");
        Assert.Contains("督办助手能为您做什么", Activities.CardText((await _f.Connector.WaitForActivitiesAsync(1)).Single()));
        var fresh = _f.Store.Roster.Member(member.Id);
        Assert.Equal("29:teams-b", fresh.ChannelUserId);
        Assert.Equal("oid-b", fresh.AadObjectId);
    }

    [Theory]
    [InlineData("zh-CN", "不在督办名册中", "请联系局办公室的督办员")]
    [InlineData("en-US", "I can't find you on the bureau's roster", "Please ask the office (")]
    public async Task An_unmatched_person_is_told_whom_to_ask_and_recorded(string locale, string text, string ask)
    {
        _f.Connector.Members = [Account("29:stranger", "陌生人", "oid-stranger", "stranger@example.cn")];
        await PostAsync("29:stranger", "我的待办", "oid-stranger", locale);
        var reply = (await _f.Connector.WaitForActivitiesAsync(1)).Single()["text"]!.GetValue<string>();
        Assert.Contains(text, reply);
        Assert.Contains(ask, reply);
        var office = _f.Store.Roster.Members().Where(m => m.IsOffice).Select(m => m.Name).ToList();
        Assert.All(office, name => Assert.Contains(name, reply));
        var recorded = Assert.Single(UnmatchedUsers.All(_f.Store));
        Assert.Equal(("29:stranger", "陌生人", "stranger@example.cn", "oid-stranger"), (recorded.Id, recorded.Name, recorded.Email, recorded.AadObjectId));
        // BotApp registers TimeProvider.System after the test's clock, so only "a real instant" can be asserted here.
        Assert.True(recorded.FirstSeen > BotFixture.Now.AddYears(-1) && recorded.FirstSeen == recorded.LastSeen);
    }

    [Fact]
    public async Task When_the_members_api_fails_the_activity_alone_decides()
    {
        _f.Connector.Respond = call => call.Method == "GET" ? (503, null) : null;
        var member = Staff(8);
        await PostAsync("29:by-oid", "帮助", member.AadObjectId);
        await PostAsync("29:nobody", "帮助", "oid-nobody");
        var replies = await _f.Connector.WaitForActivitiesAsync(2);
        Assert.Contains(replies, r => Activities.CardText(r)?.Contains("督办助手能为您做什么") == true);
        Assert.Contains(replies, r => r["text"]?.GetValue<string>().Contains("不在督办名册中") == true);
        Assert.Equal("29:by-oid", _f.Store.Roster.Member(member.Id).ChannelUserId);
        Assert.Equal("oid-nobody", UnmatchedUsers.All(_f.Store).Single().AadObjectId);
    }

    [Fact]
    public async Task The_office_lists_the_unmatched_and_binds_one_by_card_after_which_they_are_served()
    {
        var member = Staff(2);
        _f.Connector.Members = [Account("29:newcomer", "新同事", "oid-new", "new@example.cn")];
        await PostAsync("29:newcomer", "帮助", "oid-new");
        await _f.Connector.WaitForActivitiesAsync(1);

        var officer = _f.Store.Roster.Members().First(m => m.IsOffice);
        await PostAsync($"29:{officer.Id}", "", officer.AadObjectId, value: new JsonObject { ["verb"] = RosterMaintenanceCapability.Unmatched.Name });
        var card = Activities.CardText((await _f.Connector.WaitForActivitiesAsync(2))[1])!;
        Assert.Contains("未匹配人员（1）", card);
        Assert.Contains("新同事 · new@example.cn", card);

        await PostAsync($"29:{officer.Id}", "", officer.AadObjectId, value: new JsonObject
        {
            ["verb"] = RosterMaintenanceCapability.Change.Name, ["action"] = "bind", ["value"] = "29:newcomer", ["input"] = "bind_0", ["bind_0"] = member.Id,
        });
        Assert.Contains($"已绑定：新同事 → {member.Name}", Activities.CardText((await _f.Connector.WaitForActivitiesAsync(3))[2]));
        Assert.Equal("29:newcomer", _f.Store.Roster.Member(member.Id).ChannelUserId);

        await PostAsync("29:newcomer", "帮助", "oid-new");
        Assert.Contains("督办助手能为您做什么", Activities.CardText((await _f.Connector.WaitForActivitiesAsync(4))[3]));
    }

    [Fact]
    public async Task When_the_bot_is_installed_everyone_in_the_conversation_is_matched_page_by_page()
    {
        var (a, b, c) = (Staff(3), Staff(4), Staff(5));
        _f.Connector.MembersPageSize = 2;
        _f.Connector.Members =
        [
            Account("29:a", a.Name, a.AadObjectId), Account("29:b", b.Name, null, b.Email!.ToUpperInvariant()),
            Account("28:bot", "督办助手"), Account("29:x", "外单位", "oid-x", "x@other.cn"), Account("29:c", c.Name, null, null, c.Email),
        ];
        var install = new JsonObject
        {
            ["type"] = "installationUpdate", ["action"] = "add", ["id"] = "install-1", ["channelId"] = "msteams",
            ["serviceUrl"] = _f.Connector.ServiceUrl, ["from"] = new JsonObject { ["id"] = "29:a" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot" },
            ["conversation"] = new JsonObject { ["id"] = "19:team@thread.tacv2", ["conversationType"] = "channel" },
        };
        var response = await _f.Http.PostAsync(_f.Bot.BaseUrl, install);
        Assert.True(response.IsSuccessStatusCode);

        await WaitUntil(() => UnmatchedUsers.All(_f.Store).Count == 1 && _f.Store.Roster.Member(c.Id).ChannelUserId is not null);
        Assert.Equal("29:a", _f.Store.Roster.Member(a.Id).ChannelUserId);
        Assert.Equal("29:b", _f.Store.Roster.Member(b.Id).ChannelUserId);
        Assert.Equal("29:c", _f.Store.Roster.Member(c.Id).ChannelUserId);
        Assert.Equal("29:x", UnmatchedUsers.All(_f.Store).Single().Id);
        Assert.Equal(3, _f.Connector.Calls.Count(x => x.Path == "/v3/conversations/19:team@thread.tacv2/pagedmembers"));
    }

    [Fact]
    public async Task Members_added_later_are_matched_and_nobody_else()
    {
        var (a, b) = (Staff(6), Staff(7));
        _f.Connector.Members = [Account("29:a", a.Name, a.AadObjectId), Account("29:b", b.Name, b.AadObjectId)];
        var update = new JsonObject
        {
            ["type"] = "conversationUpdate", ["id"] = "upd-1", ["channelId"] = "msteams", ["serviceUrl"] = _f.Connector.ServiceUrl,
            ["recipient"] = new JsonObject { ["id"] = "28:bot" },
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:b" }),
            ["conversation"] = new JsonObject { ["id"] = "19:team@thread.tacv2", ["conversationType"] = "channel" },
        };
        await _f.Http.PostAsync(_f.Bot.BaseUrl, update);
        await WaitUntil(() => _f.Store.Roster.Member(b.Id).ChannelUserId is not null);
        Assert.Null(_f.Store.Roster.Member(a.Id).ChannelUserId);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var until = Environment.TickCount64 + 10_000;
        while (!condition() && Environment.TickCount64 < until) await Task.Delay(20);
        Assert.True(condition(), "timed out waiting for the roster to be matched");
    }
}
