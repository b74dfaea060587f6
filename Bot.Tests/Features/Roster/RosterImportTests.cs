using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Roster;
using ChatBot.Dialogs.Features.Roster.Files;
using ChatBot.Dialogs.Features.Roster.Import;

namespace ChatBot.Bot.Tests.Features.Roster;

/// <summary>Importing checks everything before writing, and writes all of it in one transaction or nothing.</summary>
public class RosterImportTests : IDisposable
{
    private readonly RosterWorld _w = new();
    private readonly TempDir _dir = new();
    public void Dispose()
    {
        _w.Dispose();
        _dir.Dispose();
    }

    private RosterPlan PlanCsv(string members, string units = "A科,\nB科,\n")
    {
        var path = _dir.File("roster.csv");
        File.WriteAllText(path, $"[units]\nname,aliases\n{units}\n[members]\nname,units,roles,email,aadObjectId\n{members}");
        return RosterPlanner.Plan(_w.Store, RosterFiles.Read(path), path);
    }

    [Fact]
    public void An_unknown_unit_is_an_error_naming_the_line_and_field()
    {
        var plan = PlanCsv("张三,A科:head,,a@x.cn,\n李四,C科:staff,,b@x.cn,\n");
        var error = Assert.Single(plan.Errors);
        Assert.Contains("roster.csv, line 9, field 'units'", error);
        Assert.Contains("C科", error);
    }

    [Fact]
    public void Duplicate_members_by_email_or_object_id_are_errors()
    {
        var plan = PlanCsv("张三,A科:head,,a@x.cn,oid-1\n李四,B科:head,,A@X.CN,\n王五,B科:staff,,c@x.cn,OID-1\n");
        Assert.Equal(2, plan.Errors.Count);
        Assert.Contains(plan.Errors, e => e.Contains("line 9, field 'email'") && e.Contains("duplicate member"));
        Assert.Contains(plan.Errors, e => e.Contains("line 10, field 'aadObjectId'") && e.Contains("张三"));
    }

    [Fact]
    public void A_unit_with_no_head_is_a_warning_and_still_imports()
    {
        var before = _w.Store.Roster.MemberCount();
        var plan = PlanCsv("张三,A科:head,,a@x.cn,\n");
        Assert.Empty(plan.Errors);
        Assert.Equal("unit B科 has no head (负责人)", Assert.Single(plan.Warnings));
        RosterImport.Apply(_w.Store, plan, RosterImport.CommandLineActor, RosterWorld.Now);
        Assert.Equal(["A科", "B科"], _w.Store.Roster.Units().Select(u => u.Name).Order());
        Assert.Equal(1, _w.Store.Roster.MemberCount());
        Assert.Equal(before, plan.Count("member", "removed"));
    }

    [Fact]
    public void A_person_in_two_units_is_allowed()
    {
        var plan = PlanCsv("张三,A科:head;B科:staff,,a@x.cn,\n李四,B科:负责人,,b@x.cn,\n");
        Assert.Empty(plan.Errors);
        Assert.Equal(2, plan.Members.Single(m => m.Name == "张三").UnitIds.Count);
        Assert.Equal(UnitRole.Head, plan.Members.Single(m => m.Name == "李四").Memberships.Single().Role);
    }

    [Fact]
    public void Removing_a_unit_or_member_with_open_items_is_refused_and_nothing_is_written()
    {
        var unit = _w.Unit("市政工程处");
        var staff = _w.Staff;
        _w.AddAssignment(4, unit.Id, "凤凰山隧道二三期工程抢抓进度");
        _w.AddAssignment(5, staff.UnitIds[0], "三年目标任务谋划", AssignmentStatus.SignedFor, staff.Id);
        var units = _w.Store.Roster.UnitCount();
        var plan = PlanCsv("张三,A科:head,,a@x.cn,\n李四,B科:head,,b@x.cn,\n");
        Assert.Contains(plan.Errors, e => e.Contains("unit 市政工程处") && e.Contains("Item 4"));
        Assert.Contains(plan.Errors, e => e.Contains($"member {staff.Name}") && e.Contains("Item 5"));
        Assert.Throws<InvalidOperationException>(() => RosterImport.Apply(_w.Store, plan, "test", RosterWorld.Now));
        Assert.Equal(units, _w.Store.Roster.UnitCount());
        Assert.Empty(_w.Store.Lite().Audit.FindAll());
    }

    [Fact]
    public void A_re_import_changes_records_in_place_keeps_the_Teams_binding_and_audits_each_change()
    {
        var doc = RosterExport.FromStore(_w.Store);
        var liaison = doc.Members.First(m => m.Units.Any(x => x.Unit == "市政工程处" && x.Role == "staff"));
        liaison.Units.Single(x => x.Unit == "市政工程处").Role = "liaison";
        doc.Units.Add(new RosterUnit { Name = "新设科" });
        _w.Store.Write(s => { var m = s.Roster.Member(liaison.Id); m.ChannelUserId = "29:kept"; s.Roster.UpdateMember(m); });

        var plan = RosterPlanner.Plan(_w.Store, doc, "org.json");
        Assert.Equal("units: 1 added, 0 changed, 0 removed; members: 0 added, 1 changed, 0 removed", plan.Summary());
        var change = plan.Changes.Single(c => c.Action == "changed");
        Assert.Contains("市政工程处:staff", change.From);
        Assert.Contains("市政工程处:liaison", change.To);
        RosterImport.Apply(_w.Store, plan, RosterImport.CommandLineActor, RosterWorld.Now);

        var fresh = _w.Fresh(liaison.Id!);
        Assert.Equal("29:kept", fresh.ChannelUserId);
        Assert.True(fresh.HasRole(_w.Unit("市政工程处").Id, UnitRole.Liaison));
        Assert.Equal("roster.changed", Assert.Single(_w.Store.Audit.For(liaison.Id!)).Action);
        Assert.Equal(RosterImport.CommandLineActor, _w.Store.Audit.For(_w.Unit("新设科").Id).Single().ActorMemberId);
    }

    [Fact]
    public void Re_importing_units_without_a_kind_changes_nothing()
    {
        var plan = PlanCsv("张三,A科:head,,a@x.cn,\n李四,B科:head,,b@x.cn,\n", units: "A科,\n临时专班,\n");
        Assert.Contains(plan.Errors, e => e.Contains("B科"));
        plan = PlanCsv("张三,A科:head,,a@x.cn,\n李四,临时专班:head,,b@x.cn,\n", units: "A科,\n临时专班,\n");
        RosterImport.Apply(_w.Store, plan, "test", RosterWorld.Now);
        Assert.Empty(PlanCsv("张三,A科:head,,a@x.cn,\n李四,临时专班:head,,b@x.cn,\n", units: "A科,\n临时专班,\n").Changes);
    }

    [Fact]
    public void A_write_that_fails_part_way_leaves_the_store_as_it_was()
    {
        var units = _w.Store.Roster.UnitCount();
        var plan = RosterPlanner.Plan(_w.Store, RosterExport.FromStore(_w.Store), "org.json");
        // Two units with one name pass no planner; forced here, the unique index stops the write half way.
        plan.Units.Add(new Unit { Id = "x1", Name = "重复" });
        plan.Units.Add(new Unit { Id = "x2", Name = "重复" });
        plan.Changes.Add(new RosterChangeLine("unit", "added", "x1", "重复"));
        Assert.ThrowsAny<LiteDB.LiteException>(() => RosterImport.Apply(_w.Store, plan, "test", RosterWorld.Now));
        Assert.Equal(units, _w.Store.Roster.UnitCount());
        Assert.Null(_w.Store.Roster.Unit("x1"));
        Assert.Empty(_w.Store.Lite().Audit.FindAll());
    }

    [Fact]
    public void A_file_may_swap_the_names_of_two_units()
    {
        var doc = RosterExport.FromStore(_w.Store);
        var (a, b) = (doc.Units.Single(u => u.Name == "市园林处"), doc.Units.Single(u => u.Name == "市排水管理处"));
        (a.Name, b.Name) = (b.Name, a.Name);
        // Members and leaders keep their units: their references follow the swapped names.
        string Swap(string n) => n == "市园林处" ? "市排水管理处" : n == "市排水管理处" ? "市园林处" : n;
        foreach (var x in doc.Members.SelectMany(m => m.Units)) x.Unit = Swap(x.Unit);
        foreach (var m in doc.Members) m.Portfolio = m.Portfolio.Select(Swap).ToList();
        var plan = RosterPlanner.Plan(_w.Store, doc, "org.json");
        Assert.Empty(plan.Errors);
        RosterImport.Apply(_w.Store, plan, "test", RosterWorld.Now);
        Assert.Equal("市排水管理处", _w.Store.Roster.Unit(a.Id).Name);
        Assert.Equal("市园林处", _w.Store.Roster.Unit(b.Id).Name);
        Assert.Equal(2, plan.Changes.Count);
    }

    [Fact]
    public void An_unmatched_person_the_new_roster_names_is_bound_on_import()
    {
        Assert.NotNull(Dialogs.Features.Roster.Matching.RosterGate.Admit(_w.Store,
            new("29:late", "晚到", null, "late@x.cn", null), Dialogs.Conversation.Lang.Zh, RosterWorld.Now));
        var doc = RosterExport.FromStore(_w.Store);
        doc.Members.Add(new RosterMember { Name = "晚到", Email = "LATE@x.cn", Units = [new RosterMembership { Unit = "信访办" }] });
        RosterImport.Apply(_w.Store, RosterPlanner.Plan(_w.Store, doc, "org.json"), "test", RosterWorld.Now);
        Assert.Equal("29:late", _w.Named("晚到").ChannelUserId);
        Assert.Empty(Dialogs.Features.Roster.Matching.UnmatchedUsers.All(_w.Store));
    }
}
