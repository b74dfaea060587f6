using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using static ChatBot.Bot.Tests.Features.Roster.RosterWorld;
using ChatBot.Dialogs.Features.Roster.Chat;

namespace ChatBot.Bot.Tests.Features.Roster;

/// <summary>Anyone may ask who heads a unit (by name or alias) and which unit they are in, in Chinese or English.</summary>
public class RosterLookupTests : IDisposable
{
    private readonly RosterWorld _w = new();
    public void Dispose() => _w.Dispose();

    [Theory]
    [InlineData("市政工程处", "zh-CN", "市政工程处负责人：")]
    [InlineData("工程处", "zh-CN", "市政工程处负责人：")]
    [InlineData("市政工程处", "en-US", "Head of 市政工程处: ")]
    public async Task Who_heads_a_unit_by_name_or_alias(string said, string locale, string expected)
    {
        var unit = _w.Unit("市政工程处");
        var head = _w.Store.Roster.Members().First(m => m.HasRole(unit.Id, UnitRole.Head));
        var text = AllText(await _w.SayAsync(_w.Staff, Intent.Of(RosterLookupCapability.WhoIs, ("unit", said), ("role", "head")), locale));
        Assert.Contains(expected + head.Name, text);
        Assert.DoesNotContain("联络员", text);
    }

    [Fact]
    public async Task Without_a_role_the_head_deputy_and_liaison_are_listed()
    {
        var unit = _w.Unit("局人事科");
        var liaison = _w.Store.Roster.Members().First(m => m.HasRole(unit.Id, UnitRole.Liaison));
        var text = AllText(await _w.SayAsync(_w.Staff, Intent.Of(RosterLookupCapability.WhoIs, ("unit", "人事科"))));
        Assert.Contains("局人事科负责人", text);
        Assert.Contains("局人事科副职", text);
        Assert.Contains($"局人事科联络员：{liaison.Name}", text);
    }

    [Theory]
    [InlineData("zh-CN", "市政工程处的分管领导：")]
    [InlineData("en-US", "Leaders in charge of 市政工程处: ")]
    public async Task The_leader_in_charge_of_a_unit(string locale, string expected)
    {
        var unit = _w.Unit("市政工程处");
        var leader = _w.Store.Roster.Members().First(m => m.IsLeader && m.Portfolio.Contains(unit.Id));
        var text = AllText(await _w.SayAsync(_w.Staff, Intent.Of(RosterLookupCapability.WhoIs, ("unit", "市政工程处"), ("role", "分管领导")), locale));
        Assert.Contains(expected, text);
        Assert.Contains(leader.Name, text);
    }

    [Theory]
    [InlineData("zh-CN", "没有找到单位“宣传科”")]
    [InlineData("en-US", "There is no unit \"宣传科\"")]
    public async Task An_unknown_unit_is_named(string locale, string expected) =>
        Assert.Contains(expected, AllText(await _w.SayAsync(_w.Staff, Intent.Of(RosterLookupCapability.WhoIs, ("unit", "宣传科")), locale)));

    [Theory]
    [InlineData("zh-CN", "您在名册中属于：", "（干部职工）")]
    [InlineData("en-US", "the roster places you in: ", "(staff)")]
    public async Task My_unit_in_both_languages(string locale, string intro, string role)
    {
        var staff = _w.Staff;
        var text = AllText(await _w.SayAsync(staff, Intent.Of(RosterLookupCapability.MyUnit), locale));
        Assert.Contains(intro, text);
        Assert.Contains(_w.Store.Roster.Unit(staff.UnitIds[0]).Name, text);
        Assert.Contains(role, text);
    }

    [Fact]
    public async Task A_leader_hears_their_portfolio()
    {
        var leader = _w.Store.Roster.Members().First(m => m.IsLeader);
        var text = AllText(await _w.SayAsync(leader, Intent.Of(RosterLookupCapability.MyUnit), "en-US"));
        Assert.Contains("Bureau roles: leader", text);
        Assert.Contains("In charge of:", text);
    }
}
