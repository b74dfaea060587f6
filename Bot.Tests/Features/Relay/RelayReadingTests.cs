using ChatBot.Dialogs.Features.Relay;

namespace ChatBot.Bot.Tests.Features.Relay;

/// <summary>How typed answers are read: head counts, dates, forms.</summary>
public class RelayReadingTests
{
    [Theory]
    [InlineData("42", 42)]
    [InlineData("42人", 42)]
    [InlineData("４２人", 42)]
    [InlineData("四十二人", 42)]
    [InlineData("十二", 12)]
    [InlineData("一百零五人参加", 105)]
    [InlineData("两百", 200)]
    [InlineData("共有三十人", 30)]
    [InlineData("-3", -3)]
    [InlineData("很多人", null)]
    public void Head_counts(string text, int? expected) => Assert.Equal(expected, RelayChecks.ReadAttendees(text));

    [Theory]
    [InlineData("2026-11-26", "2026-11-26")]
    [InlineData("昨天", "2026-11-26")]
    [InlineData("前天下午", "2026-11-25")]
    [InlineData("11月26日", "2026-11-26")]
    [InlineData("11月30号", "2026-11-30")]
    [InlineData("2025年12月30日", "2025-12-30")]
    [InlineData("yesterday", "2026-11-26")]
    [InlineData("下次吧", null)]
    public void Dates(string text, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), RelayChecks.ParseDate(text, RelayWorld.Today));

    [Fact]
    public void Forms_in_either_language_land_on_the_chinese_names()
    {
        Assert.Equal([RelayForms.LeadershipTeam, RelayForms.AllStaff], RelayForms.Parse("班子会、all-staff meeting", [], out var unknown));
        Assert.Empty(unknown);
        RelayForms.Parse("茶话会", [], out unknown);
        Assert.Equal(["茶话会"], unknown);
        Assert.Equal([RelayForms.Dedicated], RelayForms.FindIn("我们开了专题会议", []));
    }

    [Fact]
    public void The_plausible_head_count_is_three_times_the_roster_plus_fifty() => Assert.Equal(65, RelayChecks.MaxAttendees(5));
}

/// <summary>The board's reading of a requirement.</summary>
public class RelayBoardTests
{
    [Fact]
    public void With_no_form_named_any_one_confirmation_completes_the_unit_and_due_dates_decide_overdue()
    {
        using var store = new ChatBot.Dialogs.Storage.LiteDb.LiteDbStore(new MemoryStream());
        store.Write(s => s.Roster.UpsertUnit(new ChatBot.Dialogs.Domain.Unit { Id = "u1", Name = "一科" }));
        var meeting = RelayWorld.Meeting(store, units: ["*"], forms: [], due: new DateOnly(2026, 11, 26));
        var board = new RelayBoard(store);
        var before = board.State(meeting, store.Roster.Unit("u1"), RelayWorld.Today);
        Assert.Equal(RelayState.Overdue, before.State);
        Assert.Equal([RelayForms.AnyForm], before.Remaining);

        store.Write(s => s.Meetings.AddConfirmation(new ChatBot.Dialogs.Domain.RelayConfirmation
        {
            Id = ChatBot.Dialogs.Domain.RelayConfirmation.KeyFor(meeting.Id, "u1", RelayForms.Dedicated), MeetingId = meeting.Id, UnitId = "u1",
            Form = RelayForms.Dedicated, HeldOn = RelayWorld.MeetingDay, Attendees = 8,
        }));
        var after = board.State(meeting, store.Roster.Unit("u1"), RelayWorld.Today);
        Assert.Equal(RelayState.Relayed, after.State);
        Assert.True(after.Done);
    }
}
