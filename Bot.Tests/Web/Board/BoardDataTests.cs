using System.Net;
using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.OpenItems;

namespace ChatBot.Bot.Tests.Web.Board;

/// <summary>
/// /api/board without an app id (loopback, member chosen by id): the numbers come from the store, each role sees
/// exactly what 我的待办 shows it, and the filters only narrow.
/// </summary>
public sealed class BoardDataTests : IAsyncLifetime
{
    private BotFixture _f = null!;

    public async Task InitializeAsync()
    {
        _f = await BotFixture.StartAsync();
        BoardSeed.Write(_f.Store);
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    private async Task<JsonNode> Board(string query)
    {
        var response = await _f.Http.GetAsync(_f.Bot.BaseUrl + "/api/board?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static List<int> Numbers(JsonNode view) =>
        view["meetings"]!.AsArray().SelectMany(m => m!["directives"]!.AsArray()).SelectMany(d => d!["units"]!.AsArray())
            .Select(u => u!["number"]!.GetValue<int>()).Order().ToList();

    private static List<string> RelayUnits(JsonNode view) =>
        view["meetings"]!.AsArray().SelectMany(m => m!["relay"]!.AsArray()).Select(r => r!["unit"]!.GetValue<string>()).ToList();

    [Theory]
    [InlineData("m005", new[] { 1, 2, 3, 4, 5, 7 })]  // office: every unit
    [InlineData("m004", new[] { 1, 2, 3, 4, 5, 7 })]  // leader of 市政工程处, 市环卫处, 市园林处
    [InlineData("m003", new int[0])]                   // leader of other units
    [InlineData("m047", new[] { 1, 5, 7 })]           // head of 市政工程处
    [InlineData("m039", new[] { 2, 3 })]              // liaison of 市环卫处
    [InlineData("m040", new[] { 3 })]                 // staff of 市环卫处, named on #3
    [InlineData("m041", new int[0])]                  // staff of 市环卫处, named on nothing
    public async Task Each_role_sees_exactly_what_my_open_items_shows_it(string memberId, int[] expected)
    {
        var view = await Board("member=" + memberId);
        Assert.Equal(expected, Numbers(view));
        var member = _f.Store.Roster.Member(memberId)!;
        var clock = new BureauClock(_f.Clock, BureauClock.ResolveZone(null));
        var openItems = new OpenItemsQuery(_f.Store).For(member, clock.Today, 3).Select(i => i.Row.Number).Order();
        Assert.Equal(openItems, Numbers(view));
    }

    [Fact]
    public async Task The_office_sees_lights_relay_and_counts_derived_from_the_store()
    {
        var view = await Board("member=m005");
        Assert.Equal("陈国庆", view["member"]!.GetValue<string>());
        var totals = view["totals"]!;
        Assert.Equal((2, 1, 2, 1, 0), (totals["red"]!.GetValue<int>(), totals["yellow"]!.GetValue<int>(), totals["green"]!.GetValue<int>(), totals["grey"]!.GetValue<int>(), totals["closed"]!.GetValue<int>()));

        var meetings = view["meetings"]!.AsArray();
        Assert.Equal(["冬季保障工作会", "十一月城市管理工作推进会"], meetings.Select(m => m!["title"]!.GetValue<string>()));
        var first = meetings[1]!;
        Assert.Equal("督办〔2026〕12号", first["number"]!.GetValue<string>());
        var relay = first["relay"]!.AsArray().ToDictionary(r => r!["unit"]!.GetValue<string>(), r => r!["state"]!.GetValue<string>());
        Assert.Equal(new Dictionary<string, string> { ["市政工程处"] = "relayed", ["市环卫处"] = "signed", ["市园林处"] = "notSigned" }, relay);
        Assert.Equal(1, first["relayDone"]!.GetValue<int>());

        // #1 and #2 are one directive × two units, lead first; each row carries its unit's relay state.
        var tunnel = first["directives"]!.AsArray()[0]!["units"]!.AsArray();
        Assert.Equal(["市政工程处", "市环卫处"], tunnel.Select(u => u!["unit"]!.GetValue<string>()));
        Assert.Equal(["red", "red"], tunnel.Select(u => u!["light"]!.GetValue<string>()));
        Assert.Equal(["relayed", "signed"], tunnel.Select(u => u!["relay"]!.GetValue<string>()));
        Assert.Equal("牵头", tunnel[0]!["role"]!.GetValue<string>());
        var bridge = first["directives"]!.AsArray().Single(d => d!["task"]!.GetValue<string>() == "全面排查市政桥梁安全隐患")!["units"]![0]!;
        Assert.Equal(("grey", "未定（近期）"), (bridge["light"]!.GetValue<string>(), bridge["dueLabel"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_unit_head_sees_only_their_units_relay_and_a_leader_every_unit_as_in_chat()
    {
        Assert.Equal(["市政工程处"], RelayUnits(await Board("member=m047")));
        Assert.Equal(["市环卫处", "市政工程处", "市园林处"], RelayUnits(await Board("member=m003"))); // roster order
        Assert.Empty(RelayUnits(await Board("member=m040")));
        // The filters offer only what the role may see.
        var head = await Board("member=m047");
        Assert.Equal(["szgc"], head["choices"]!["units"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Filters_narrow_by_unit_leader_and_state_and_never_widen_a_scope()
    {
        Assert.Equal([2, 3], Numbers(await Board("member=m005&unit=hwc")));
        Assert.Equal([1, 2], Numbers(await Board("member=m005&state=overdue")));
        Assert.Equal([3], Numbers(await Board("member=m005&state=soon")));
        Assert.Equal([7], Numbers(await Board("member=m005&state=pending")));
        var closed = await Board("member=m005&state=closed");
        Assert.Equal([6], Numbers(closed));
        Assert.Equal(1, closed["totals"]!["closed"]!.GetValue<int>());
        Assert.Equal([1, 2, 3, 4, 5, 7], Numbers(await Board("member=m005&leader=m004")));
        Assert.Empty(Numbers(await Board("member=m005&leader=m003")));
        Assert.Equal([4], Numbers(await Board("member=m004&unit=ylc")));

        // A unit outside one's scope is an empty board, not someone else's items or relay duties.
        var outside = await Board("member=m047&unit=hwc");
        Assert.Empty(Numbers(outside));
        Assert.Empty(RelayUnits(outside));
        Assert.Empty(Numbers(await Board("member=m040&unit=szgc")));
        Assert.Empty(Numbers(await Board("member=m005&unit=nosuchunit")));
    }

    [Fact]
    public async Task The_language_follows_the_page_and_a_bad_member_gets_a_clear_answer()
    {
        var en = await Board("member=m005&lang=en-US");
        Assert.Equal("Directive board", en["texts"]!["title"]!.GetValue<string>());
        Assert.Equal("Showing: every unit", en["scope"]!.GetValue<string>());

        var unknown = await _f.Http.GetAsync(_f.Bot.BaseUrl + "/api/board?member=nobody");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("不在名册中", await unknown.Content.ReadAsStringAsync());
        var none = await _f.Http.GetAsync(_f.Bot.BaseUrl + "/api/board");
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("?member=", await none.Content.ReadAsStringAsync());
    }
}
