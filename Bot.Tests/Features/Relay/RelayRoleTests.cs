using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Relay;

namespace ChatBot.Bot.Tests.Features.Relay;

/// <summary>Only the unit's head, deputy or liaison — or the office naming the unit — may confirm.</summary>
public class RelayRoleTests : IAsyncLifetime
{
    private RelayFixture _f = null!;

    public async Task InitializeAsync()
    {
        _f = await RelayFixture.StartAsync();
        RelayWorld.Meeting(_f.Store, forms: [RelayForms.LeadershipTeam]);
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    private static Intent Full(string? unit = null)
    {
        var slots = new List<(string, string)> { ("date", "2026-11-26"), ("forms", "班子会议"), ("attendees", "9") };
        if (unit is not null) slots.Add(("unit", unit));
        return Intent.Of(RelayCapability.Confirm, slots.ToArray());
    }

    [Theory]
    [InlineData("m047")] // head
    [InlineData("m048")] // deputy
    [InlineData("m049")] // liaison
    public async Task Head_deputy_and_liaison_may_confirm(string memberId)
    {
        var member = _f.Member(memberId);
        await _f.InvokeAsync(member, RelayCapability.Submit, RelayWorld.Form("mt1", "szgc", "2026-11-26", "班子会议", 9));
        Assert.Equal(memberId, Assert.Single(_f.Store.Meetings.Confirmations()).ConfirmedBy);
    }

    [Fact]
    public async Task Staff_are_refused_clearly_and_nothing_is_recorded()
    {
        var staff = _f.Member("m050");
        var body = await _f.InvokeAsync(staff, RelayCapability.Submit, RelayWorld.Form("mt1", "szgc", "2026-11-26", "班子会议", 9));
        Assert.Contains("只有市政工程处的负责人、副职或联络员（或局办公室）可以为其确认", body["value"]!.GetValue<string>());
        await _f.SayAsync(staff, "我们处开了班子会议", Full(), "en-US");
        // The invoke's refusal is its answer only (not posted to the chat again); the typed one is a reply.
        await _f.NextReplyAsync(staff, 1);
        Assert.Contains(_f.RepliesTo(staff), r => RelayFixture.Text(r).Contains("Only the unit's head, deputy or liaison"));
        Assert.Empty(_f.Store.Meetings.Confirmations());
        Assert.DoesNotContain(_f.Store.Lite().Audit.FindAll(), a => a.EntityType == "relay");
    }

    [Fact]
    public async Task The_head_of_another_unit_cannot_confirm_for_this_one()
    {
        var rskHead = _f.Store.Roster.Members().First(m => m.HasRole("rsk", UnitRole.Head));
        await _f.SayAsync(rskHead, "市政工程处开了班子会议", Full("市政工程处"));
        Assert.Contains("只有市政工程处的负责人", RelayFixture.Text(await _f.NextReplyAsync(rskHead, 1)));
        Assert.Empty(_f.Store.Meetings.Confirmations());
    }

    [Fact]
    public async Task The_office_must_name_the_unit_and_then_may_confirm_for_it()
    {
        var office = _f.Member("m007"); // head of 局办公室, which this meeting does not ask to relay
        await _f.SayAsync(office, "开了班子会议", Full());
        Assert.Contains("请说明为哪个单位确认", RelayFixture.Text(await _f.NextReplyAsync(office, 1)));
        await _f.SayAsync(office, "市政工程处开了班子会议", Full("市政工程处"));
        Assert.Contains("请核对传达落实情况 · 市政工程处", RelayFixture.Text(await _f.NextReplyAsync(office, 2)));
        await _f.SayAsync(office, "确认");
        await _f.NextReplyAsync(office, 3);
        var record = Assert.Single(_f.Store.Meetings.Confirmations());
        Assert.Equal(("szgc", "m007"), (record.UnitId, record.ConfirmedBy));
    }

    [Fact]
    public async Task A_unit_not_named_in_the_requirement_or_not_on_the_roster_is_explained()
    {
        var office = _f.Member("m007");
        await _f.SayAsync(office, "信访办开了班子会议", Full("信访办"));
        Assert.Contains("没有要求信访办组织传达", RelayFixture.Text(await _f.NextReplyAsync(office, 1)));
        await _f.SayAsync(office, "火星办开了班子会议", Full("火星办"));
        Assert.Contains("名册中没有“火星办”", RelayFixture.Text(await _f.NextReplyAsync(office, 2)));
        Assert.Empty(_f.Store.Meetings.Confirmations());
    }

    [Fact]
    public async Task A_member_of_several_units_is_asked_which_and_can_pick_by_button_or_name()
    {
        var both = RelayWorld.Liaison(_f.Store, "m900", "szgc", "rsk");
        await _f.SayAsync(both, "开了班子会议", Full());
        var choice = await _f.NextReplyAsync(both, 1);
        var text = RelayFixture.Text(choice);
        Assert.Contains("这次是为哪个单位确认", text);
        Assert.Contains("市政工程处", text);
        Assert.Contains("局人事科", text);

        await _f.SubmitAsync(both, RelayCapability.ChooseUnit, RelayWorld.Data("mt1", "rsk"));
        Assert.Contains("请核对传达落实情况 · 局人事科", RelayFixture.Text(await _f.NextReplyAsync(both, 2)));
        await _f.SayAsync(both, "确认");
        await _f.NextReplyAsync(both, 3);
        Assert.Equal("rsk", Assert.Single(_f.Store.Meetings.Confirmations()).UnitId);

        await _f.SayAsync(both, "又开了班子会议", Full());
        await _f.NextReplyAsync(both, 4);
        await _f.SayAsync(both, "市政工程处");
        Assert.Contains("请核对传达落实情况 · 市政工程处", RelayFixture.Text(await _f.NextReplyAsync(both, 5)));
    }
}
