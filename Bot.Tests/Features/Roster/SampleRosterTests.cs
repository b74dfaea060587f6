using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Roster;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Tests.Features.Roster;

public class SampleRosterTests
{
    private static readonly string SeedPath = Path.Combine(AppContext.BaseDirectory, "seeds", "org.json");

    [Fact]
    public void Seeds_once_and_a_restart_does_not_duplicate_it()
    {
        using var dir = new TempDir();
        var path = dir.File("store.db");
        var roster = RosterLoader.ReadJson(SeedPath);
        int units, members;
        using (var store = new LiteDbStore(path))
        {
            Assert.True(RosterLoader.SeedIfEmpty(store, roster));
            units = store.Roster.UnitCount();
            members = store.Roster.MemberCount();
        }
        using (var store = new LiteDbStore(path))
        {
            Assert.False(RosterLoader.SeedIfEmpty(store, roster));
            Assert.Equal(units, store.Roster.UnitCount());
            Assert.Equal(members, store.Roster.MemberCount());
        }
    }

    [Theory]
    [InlineData("局人事科")] [InlineData("人事科")] [InlineData("公用事业管理科")] [InlineData("政策法规科")]
    [InlineData("局党建办")] [InlineData("市环卫处")] [InlineData("市扬尘治理办")] [InlineData("市政工程处")]
    [InlineData("城管执法一大队")]
    public void Every_unit_named_in_the_sample_speech_is_on_the_roster(string name)
    {
        var (units, _) = RosterLoader.Build(RosterLoader.ReadJson(SeedPath));
        Assert.Contains(units, u => u.AllNames().Contains(name));
        Assert.Contains(name, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_1179419ea5b9d5a1.txt")));
    }

    [Fact]
    public void Every_unit_has_a_head_and_a_liaison_and_there_are_leaders_and_an_office()
    {
        var (units, members) = RosterLoader.Build(RosterLoader.ReadJson(SeedPath));
        // Sub-units (中队, 股, 所) have a head; they are reached through their unit, whose leader is theirs too.
        foreach (var sub in units.Where(u => u.ParentId is not null))
            Assert.Contains(members, m => m.HasRole(sub.Id, UnitRole.Head));
        Assert.True(units.Count(u => u.ParentId is not null) >= 6);
        Assert.True(units.Where(u => u.ParentId is not null).Select(u => u.ParentId).Distinct().Count() >= 3);
        units = units.Where(u => u.ParentId is null).ToList();
        foreach (var unit in units)
        {
            Assert.Contains(members, m => m.HasRole(unit.Id, UnitRole.Liaison));
            if (unit.Name != "局办公室" && unit.Name != "局党建办") Assert.Contains(members, m => m.HasRole(unit.Id, UnitRole.Head, UnitRole.Deputy));
        }
        Assert.Contains(members, m => m.IsOffice);
        var leaders = members.Where(m => m.IsLeader).ToList();
        Assert.True(leaders.Count >= 2);
        Assert.All(units, u => Assert.Contains(leaders, l => l.Portfolio.Contains(u.Id)));
        Assert.Equal(members.Count, members.Select(m => m.Email).Distinct().Count());
    }

    [Fact]
    public void A_roster_naming_an_unknown_unit_is_refused_with_the_member_and_unit()
    {
        var doc = new RosterDocument
        {
            Units = [new RosterUnit { Name = "人事科" }],
            Members = [new RosterMember { Name = "李四", Units = [new RosterMembership { Unit = "不存在科", Role = "head" }] }],
        };
        var e = Assert.Throws<InvalidDataException>(() => RosterLoader.Build(doc));
        Assert.Contains("李四", e.Message);
        Assert.Contains("不存在科", e.Message);
    }
}
