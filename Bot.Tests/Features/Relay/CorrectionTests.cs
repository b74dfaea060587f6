using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Relay;

namespace ChatBot.Bot.Tests.Features.Relay;

/// <summary>更正: replaces the earlier values; the audit keeps both.</summary>
public class CorrectionTests : IAsyncLifetime
{
    private RelayFixture _f = null!;
    private Member _head = null!;

    public async Task InitializeAsync()
    {
        _f = await RelayFixture.StartAsync();
        RelayWorld.Meeting(_f.Store);
        _head = _f.Member("m047");
        await _f.InvokeAsync(_head, RelayCapability.Submit, RelayWorld.Form("mt1", "szgc", "2026-11-26", "班子会议", 9));
        _f.Clock.Advance(TimeSpan.FromMinutes(10));
        await _f.InvokeAsync(_head, RelayCapability.Submit, RelayWorld.Form("mt1", "szgc", "2026-11-26", "干部职工大会", 42));
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task A_correction_replaces_the_latest_record_and_the_audit_keeps_from_and_to()
    {
        var id = RelayConfirmation.KeyFor("mt1", "szgc", RelayForms.AllStaff);
        var before = _f.StatusCards().Count;
        // AuditFor orders by time only; entries of the same instant come back in no fixed order.
        _f.Clock.Advance(TimeSpan.FromMinutes(1));
        await _f.SayAsync(_f.Member("m049"), "更正：参会人数是45", Intent.Of(RelayCapability.Correct, ("attendees", "45")));
        var reply = RelayFixture.Text(await _f.NextReplyAsync(_f.Member("m049"), 1));
        Assert.Contains("已更正：干部职工大会（11月26日，42人） → 干部职工大会（11月26日，45人）", reply);

        Assert.Equal(45, _f.Store.Meetings.Confirmation(id).Attendees);
        Assert.Equal(9, _f.Store.Meetings.Confirmation(RelayConfirmation.KeyFor("mt1", "szgc", RelayForms.LeadershipTeam)).Attendees);
        Assert.Equal(2, _f.Store.Lite().RelayConfirmations.Count());
        var audit = _f.Store.Audit.For(id);
        Assert.Equal(["confirm", "correct"], audit.Select(a => a.Action));
        Assert.Contains("attendees=42", audit[1].From);
        Assert.Contains("attendees=45", audit[1].To);
        Assert.Equal("m049", audit[1].ActorMemberId);

        // Earlier status cards may still be on their way; the card the channel ends with shows the correction.
        var until = Environment.TickCount64 + 10_000;
        while (!(_f.StatusCards().Count > before && RelayFixture.Text(_f.StatusCards()[^1]).Contains("45人")) && Environment.TickCount64 < until) await Task.Delay(20);
        Assert.Contains("45人", RelayFixture.Text(_f.StatusCards()[^1]));
    }

    [Fact]
    public async Task A_named_form_and_date_can_be_corrected_in_english()
    {
        await _f.SayAsync(_head, "correction: the leadership meeting was on the 25th",
            Intent.Of(RelayCapability.Correct, ("forms", "leadership team meeting"), ("date", "2026-11-25")), "en-US");
        Assert.Contains("Corrected:", RelayFixture.Text(await _f.NextReplyAsync(_head, 1)));
        Assert.Equal(new DateOnly(2026, 11, 25), _f.Store.Meetings.Confirmation(RelayConfirmation.KeyFor("mt1", "szgc", RelayForms.LeadershipTeam)).HeldOn);
    }

    [Theory]
    [InlineData("attendees", "-3", "应当大于 0")]
    [InlineData("attendees", "九百", "远超本单位名册人数")]
    [InlineData("date", "2026-12-01", "还没到")]
    public async Task A_bad_correction_is_refused_and_changes_nothing(string slot, string value, string expected)
    {
        await _f.SayAsync(_head, $"更正 {slot} {value}", Intent.Of(RelayCapability.Correct, (slot, value)));
        Assert.Contains(expected, RelayFixture.Text(await _f.NextReplyAsync(_head, 1)));
        Assert.DoesNotContain(_f.Store.Lite().Audit.FindAll(), a => a.Action == "correct");
    }

    [Fact]
    public async Task Someone_without_the_role_cannot_correct()
    {
        var staff = _f.Member("m050");
        await _f.SayAsync(staff, "更正：参会人数是45", Intent.Of(RelayCapability.Correct, ("attendees", "45")));
        Assert.Contains("只有本单位负责人、副职或联络员", RelayFixture.Text(await _f.NextReplyAsync(staff, 1)));
        Assert.Equal(42, _f.Store.Meetings.Confirmation(RelayConfirmation.KeyFor("mt1", "szgc", RelayForms.AllStaff)).Attendees);
    }
}
