using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Roster.Matching;
using static ChatBot.Bot.Tests.Features.Roster.RosterWorld;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Roster.Chat;

namespace ChatBot.Bot.Tests.Features.Roster;

/// <summary>The office keeps the roster in chat; every change is audited and shown; others change nothing.</summary>
public class RosterMaintenanceTests : IDisposable
{
    private readonly RosterWorld _w = new();
    public void Dispose() => _w.Dispose();

    [Fact]
    public async Task Office_adds_a_member_who_is_shown_and_audited()
    {
        var result = await _w.SayAsync(_w.Office, Change("addMember", ("member", "李新"), ("unit", "市政工程处"), ("role", "staff")));
        var added = _w.Named("李新");
        Assert.NotNull(added);
        Assert.True(added.HasRole(_w.Unit("市政工程处").Id, UnitRole.Staff));
        Assert.Contains(_w.Unit("市政工程处").Id, added.UnitIds);
        var text = AllText(result);
        Assert.Contains("已添加成员", text);
        Assert.Contains("市政工程处（干部职工）", text);
        var audit = Assert.Single(_w.Store.Audit.For(added.Id));
        Assert.Equal("roster.memberAdded", audit.Action);
        Assert.Equal(_w.Office.Id, audit.ActorMemberId);
        Assert.NotNull(audit.ActivityId);
    }

    [Fact]
    public async Task A_person_may_be_in_two_units()
    {
        var staff = _w.Staff;
        await _w.SayAsync(_w.Office, Change("addMember", ("member", staff.Name), ("unit", "规划执法大队"), ("role", "干部职工")));
        var fresh = _w.Fresh(staff.Id);
        Assert.Equal(2, fresh.UnitIds.Count);
        Assert.Single(_w.Store.Lite().Members.Find(m => m.Name == staff.Name));
    }

    [Fact]
    public async Task A_new_liaison_can_act_for_the_unit_at_once()
    {
        var unit = _w.Unit("市政工程处");
        var staff = _w.Store.Roster.Members().First(m => m.HasRole(unit.Id, UnitRole.Staff) && !m.IsOffice && !m.IsLeader);
        _w.AddAssignment(1, unit.Id, "凤凰山隧道二三期工程抢抓进度");
        var before = AllText(await _w.SayAsync(staff, Intent.Of(OpenItemsCapability.OpenItems)));
        Assert.DoesNotContain("凤凰山隧道", before);

        var changed = await _w.SayAsync(_w.Office, Change("setRole", ("member", staff.Name), ("unit", "工程处"), ("role", "liaison")));
        Assert.Contains("市政工程处（联络员）", AllText(changed));
        Assert.Contains(unit.Id, _w.Fresh(staff.Id).ResponsibleUnitIds());

        var after = AllText(await _w.SayAsync(staff, Intent.Of(OpenItemsCapability.OpenItems)));
        Assert.Contains("凤凰山隧道", after);
        var audit = _w.Store.Audit.For(staff.Id).Single(a => a.Action == "roster.roleSet");
        Assert.Contains("市政工程处:staff", audit.From);
        Assert.Contains("市政工程处:liaison", audit.To);
    }

    [Fact]
    public async Task A_leader_gets_a_portfolio()
    {
        var staff = _w.Staff;
        await _w.SayAsync(_w.Office, Change("setRole", ("member", staff.Name), ("role", "分管领导"), ("unit", "市政工程处、环卫处")));
        var fresh = _w.Fresh(staff.Id);
        Assert.True(fresh.IsLeader);
        Assert.Equal([_w.Unit("市政工程处").Id, _w.Unit("市环卫处").Id], fresh.Portfolio);
    }

    [Fact]
    public async Task Units_are_added_aliased_and_renamed_with_the_old_name_kept_as_an_alias()
    {
        var added = AllText(await _w.SayAsync(_w.Office, Change("addUnit", ("unit", "智慧城管中心"))));
        Assert.Contains("已添加单位", added);
        var unit = _w.Unit("智慧城管中心");
        Assert.Equal("中心", unit.Kind);

        await _w.SayAsync(_w.Office, Change("addAlias", ("unit", "智慧城管中心"), ("value", "智慧中心")));
        var renamed = AllText(await _w.SayAsync(_w.Office, Change("renameUnit", ("unit", "智慧中心"), ("value", "城市智慧服务中心")), "en-US"));
        Assert.Contains("Unit renamed", renamed);
        var fresh = _w.Store.Roster.Unit(unit.Id);
        Assert.Equal("城市智慧服务中心", fresh.Name);
        Assert.Contains("智慧城管中心", fresh.Aliases);
        Assert.Contains("智慧中心", fresh.Aliases);
        // The test clock stands still, so the entries share one instant: compare them as a set.
        Assert.Equal(new[] { "roster.aliasAdded", "roster.unitAdded", "roster.unitRenamed" }, _w.Store.Audit.For(unit.Id).Select(a => a.Action).Order());
    }

    [Fact]
    public async Task An_alias_or_name_already_taken_is_refused()
    {
        var result = await _w.SayAsync(_w.Office, Change("addAlias", ("unit", "市政工程处"), ("value", "环卫处")));
        Assert.Contains("已有“环卫处”", AllText(result));
        Assert.DoesNotContain("环卫处", _w.Unit("市政工程处").Aliases);
    }

    [Fact]
    public async Task Removing_a_member_with_open_items_is_refused_and_lists_them()
    {
        var staff = _w.Staff;
        _w.AddAssignment(7, staff.UnitIds[0], "老城区地下管涵安全排查", AssignmentStatus.InProgress, staff.Id);
        _w.AddAssignment(8, staff.UnitIds[0], "已经办结的事项", AssignmentStatus.Closed, staff.Id);
        var result = AllText(await _w.SayAsync(_w.Office, Change("removeMember", ("member", staff.Name))));
        Assert.Contains("不能删除", result);
        Assert.Contains("第7条", result);
        Assert.DoesNotContain("第8条", result);
        Assert.NotNull(_w.Fresh(staff.Id));
        Assert.Empty(_w.Store.Audit.For(staff.Id));
    }

    [Fact]
    public async Task Removing_a_member_without_open_items_is_audited()
    {
        var staff = _w.Staff;
        var result = AllText(await _w.SayAsync(_w.Office, Change("removeMember", ("member", staff.Name))));
        Assert.Contains("已删除成员", result);
        Assert.Null(_w.Fresh(staff.Id));
        Assert.Equal("roster.memberRemoved", Assert.Single(_w.Store.Audit.For(staff.Id)).Action);
    }

    [Fact]
    public async Task Removing_a_unit_with_open_items_is_refused_and_lists_them()
    {
        var unit = _w.Unit("市政工程处");
        _w.AddAssignment(3, unit.Id, "金南大道西延线督促施工方落实举措");
        var result = AllText(await _w.SayAsync(_w.Office, Change("removeUnit", ("unit", "市政工程处")), "en-US"));
        Assert.Contains("still has open items", result);
        Assert.Contains("Item 3", result);
        Assert.NotNull(_w.Store.Roster.Unit(unit.Id));
    }

    [Fact]
    public async Task An_empty_unit_is_removed_and_leaves_no_portfolio_pointing_at_it()
    {
        await _w.SayAsync(_w.Office, Change("addUnit", ("unit", "临时专班")));
        var unit = _w.Unit("临时专班");
        var leader = _w.Store.Roster.Members().First(m => m.IsLeader);
        await _w.SayAsync(_w.Office, Change("setRole", ("member", leader.Name), ("role", "leader"), ("unit", "临时专班")));
        Assert.Contains(unit.Id, _w.Fresh(leader.Id).Portfolio);

        Assert.Contains("已删除单位", AllText(await _w.SayAsync(_w.Office, Change("removeUnit", ("unit", "临时专班")))));
        Assert.Null(_w.Store.Roster.Unit(unit.Id));
        Assert.DoesNotContain(unit.Id, _w.Fresh(leader.Id).Portfolio);
        Assert.Contains(_w.Store.Audit.For(unit.Id), a => a.Action == "roster.unitRemoved");
    }

    [Fact]
    public async Task A_unit_that_still_has_members_is_not_removed()
    {
        var result = AllText(await _w.SayAsync(_w.Office, Change("removeUnit", ("unit", "信访办"))));
        Assert.Contains("还有成员", result);
        Assert.NotNull(_w.Unit("信访办"));
    }

    [Theory]
    [InlineData("zh-CN", "只有局办公室")]
    [InlineData("en-US", "Only the office")]
    public async Task Someone_without_the_office_role_changes_nothing(string locale, string expected)
    {
        var unit = _w.Unit("市政工程处");
        var head = _w.Store.Roster.Members().First(m => m.HasRole(unit.Id, UnitRole.Head));
        var units = _w.Store.Roster.UnitCount();
        var result = await _w.SayAsync(head, Change("addUnit", ("unit", "新设科")), locale);
        Assert.Contains(expected, AllText(result));
        await _w.SayAsync(head, Change("setRole", ("member", head.Name), ("role", "office")));
        Assert.False(_w.Fresh(head.Id).IsOffice);
        Assert.Equal(units, _w.Store.Roster.UnitCount());
        Assert.Empty(ChangesAudited());
        Assert.Contains(expected, AllText(await _w.SayAsync(head, Intent.Of(RosterMaintenanceCapability.Unmatched), locale)));
    }

    [Fact]
    public async Task An_unknown_unit_or_person_is_named_in_the_answer()
    {
        Assert.Contains("没有找到单位“不存在处”", AllText(await _w.SayAsync(_w.Office, Change("addMember", ("member", "某人"), ("unit", "不存在处")))));
        Assert.Contains("没有找到“查无此人”", AllText(await _w.SayAsync(_w.Office, Change("removeMember", ("member", "查无此人")))));
        Assert.Empty(ChangesAudited());
    }

    /// <summary>The audit trail apart from binding the speaker's Teams account on their first turn (audited too).</summary>
    private List<AuditEntry> ChangesAudited() => _w.Store.Lite().Audit.FindAll().Where(a => a.Action != "roster.bound").ToList();

    [Fact]
    public async Task The_office_sees_the_unmatched_and_binds_one_in_chat_and_one_by_card()
    {
        Assert.Contains("没有未匹配的人员", AllText(await _w.SayAsync(_w.Office, Intent.Of(RosterMaintenanceCapability.Unmatched))));
        var a = _w.Staff;
        var b = _w.Store.Roster.Members().Where(m => !m.IsOffice && m.Id != a.Id).Skip(3).First();
        Assert.NotNull(RosterGate.Admit(_w.Store, new TeamsAccount("29:new-a", "A 新人", null, "new.a@example.cn", null), Lang.Zh, Now));
        Assert.NotNull(RosterGate.Admit(_w.Store, new TeamsAccount("29:new-b", "B 新人", "0000-b", null, null), Lang.Zh, Now));

        var list = await _w.SayAsync(_w.Office, Intent.Of(RosterMaintenanceCapability.Unmatched), "en-US");
        var card = list.Replies.Single().Card!;
        Assert.Contains("Unmatched people (2)", AllText(list));
        Assert.Contains("new.a@example.cn", AllText(list));

        var chat = await _w.SayAsync(_w.Office, Change("bind", ("member", a.Name), ("value", "new.a@example.cn")));
        Assert.Contains($"已绑定：A 新人 → {a.Name}", AllText(chat));
        Assert.Equal("29:new-a", _w.Fresh(a.Id).ChannelUserId);

        // The card's bind button carries the account and names the choice input holding the member.
        var submit = card.ToJsonString().Contains("bind_1") ? "bind_1" : "bind_0";
        var data = new JsonObject { ["verb"] = RosterMaintenanceCapability.Change.Name, ["action"] = "bind", ["value"] = "29:new-b", ["input"] = submit, [submit] = b.Id };
        await _w.SubmitAsync(_w.Office, data);
        var bound = _w.Fresh(b.Id);
        Assert.Equal("29:new-b", bound.ChannelUserId);
        Assert.Empty(UnmatchedUsers.All(_w.Store));
        var audit = _w.Store.Audit.For(b.Id).Single(x => x.Action == "roster.bound");
        Assert.Equal(_w.Office.Id, audit.ActorMemberId);
    }
}
