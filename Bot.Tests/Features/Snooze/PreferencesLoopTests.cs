using ChatBot.Dialogs.Features.ReminderSettings;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Tests.Features.Snooze;

/// <summary>每日汇总 and 免打扰 over HTTP on the real bot: held reminders folded into each member's own digest.</summary>
public sealed class PreferencesLoopTests : IAsyncLifetime
{
    private const string Overdue = "督办事项已逾期";
    private const string Mine = "我的提醒汇总";
    private NoiseWorld _w = null!;

    public async Task InitializeAsync() => _w = await NoiseWorld.StartAsync(new DateOnly(2026, 11, 26));
    public async Task DisposeAsync() => await _w.DisposeAsync();

    private IReminderPreferences Preferences => _w.F.Store.Get<IReminderPreferences>();

    [Fact]
    public async Task A_digest_person_gets_one_digest_and_a_quiet_person_gets_theirs_when_the_quiet_hours_end()
    {
        Assert.Equal("好的，您的提醒改为每日汇总一次，每天09:00起送达（逾期督办同样汇总）。", await _w.SayAsync(_w.Head, "改为每日汇总"));
        Assert.Equal("已设置免打扰 09:00-12:00：期间的提醒暂缓，结束后汇总送达。", await _w.SayAsync(_w.Liaison, "免打扰 9:00-12:00"));
        Assert.Equal(ReminderDelivery.Digest, Preferences.Get(_w.Head.Id)!.Delivery);
        Assert.Single(_w.F.Store.Audit.For(_w.Liaison.Id), e => e.Action == "reminderPreference");

        // Friday 10:00: the head's overdue reminder is folded into their digest at once; the liaison's is held.
        await _w.Scheduler.RunOnceAsync();
        await NoiseWorld.WaitUntilAsync(() => _w.CardsTo(_w.Head, Mine).Count == 1);
        var digest = NoiseWorld.TextOf(_w.CardsTo(_w.Head, Mine)[0]);
        Assert.Contains("督办事项已逾期：第1条 北环路排水管网改造（逾期1天）", digest);
        Assert.Equal(_w.CardsTo(_w.Head, Mine).Count, _w.CardsTo(_w.Head, Overdue).Count); // only inside the digest
        Assert.Empty(_w.CardsTo(_w.Liaison, Overdue));
        Assert.Equal([_w.Liaison.Id], Preferences.Holds().Select(h => h.MemberId));
        Assert.Equal(0, await _w.Scheduler.RunOnceAsync());

        _w.F.Clock.Advance(TimeSpan.FromHours(2)); // 12:00, the quiet hours are over
        await _w.Scheduler.RunOnceAsync();
        await NoiseWorld.WaitUntilAsync(() => _w.CardsTo(_w.Liaison, Mine).Count == 1);
        Assert.Contains("第1条 北环路排水管网改造", NoiseWorld.TextOf(_w.CardsTo(_w.Liaison, Mine)[0]));
        Assert.Empty(Preferences.Holds());
        Assert.Equal(0, await _w.Scheduler.RunOnceAsync());
        Assert.Single(_w.CardsTo(_w.Head, Mine));

        // Back to instant: Monday's reminder comes as a card of its own.
        Assert.Equal("OK, your reminders now come as they are due.", await _w.SayAsync(_w.Head, "instant reminders", "en-US"));
        _w.F.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromHours(2));
        await _w.Scheduler.RunOnceAsync();
        // The head wrote in English last, so the reminder comes in English.
        await NoiseWorld.WaitUntilAsync(() => _w.CardsTo(_w.Head, "Directive overdue").Count == 1);
    }

    [Fact]
    public async Task Quiet_hours_that_do_not_read_change_nothing_and_the_settings_card_shows_the_choice()
    {
        Assert.Equal("免打扰时段请写成“免打扰 12:00-14:00”（开始和结束不同），或说“取消免打扰”。", await _w.SayAsync(_w.Head, "免打扰 25:00-26:00"));
        Assert.Equal("Write quiet hours as \"quiet hours 12:00-14:00\" (start and end differ), or say \"no quiet hours\".", await _w.SayAsync(_w.Head, "quiet hours 12:00-12:00", "en-US"));
        Assert.Null(Preferences.Get(_w.Head.Id));
        Assert.DoesNotContain(_w.F.Store.Audit.For(_w.Head.Id), e => e.Action == "reminderPreference");

        var before = _w.SentTo(_w.Head).Count;
        await _w.F.SayAsync(_w.Head, "我的提醒设置");
        await NoiseWorld.WaitUntilAsync(() => _w.SentTo(_w.Head).Count > before);
        var card = _w.SentTo(_w.Head)[before];
        Assert.Contains("即时提醒", ChatBot.Bot.Tests.Infrastructure.Activities.CardText(card));
        // The card's own button switches to the digest, as typing it does.
        Assert.StartsWith("好的，您的提醒改为每日汇总一次", await _w.AnswerAsync(_w.Head, () => _w.PressAsync(_w.Head, NoiseWorld.Button(card, ReminderSettingsCapability.Set.Name))));
        Assert.Equal(ReminderDelivery.Digest, Preferences.Get(_w.Head.Id)!.Delivery);
    }

    [Fact]
    public async Task A_pending_extension_request_holds_the_items_overdue_reminders()
    {
        _w.F.Store.Write(s => s.Extensions.Add(new ExtensionRecord
        {
            Id = "x1", AssignmentId = "a1", Number = 1, UnitId = _w.Unit.Id, ToDue = new DateOnly(2026, 12, 20), Reason = "招标流标",
            RequestedBy = _w.Head.Id, RequestedAt = _w.F.Clock.GetUtcNow(),
        }));
        await _w.Scheduler.RunOnceAsync();
        var office = _w.Office;
        await NoiseWorld.WaitUntilAsync(() => _w.CardsTo(office, "督办日报").Count == 1);
        Assert.Empty(_w.CardsTo(_w.Head, Overdue));
        Assert.Empty(_w.CardsTo(_w.Liaison, Overdue));
    }
}

/// <summary>A yellow reminder goes once per deadline, so a daily-digest member sees it in one digest, not in every one after.</summary>
public sealed class DigestRepeatTests : IAsyncLifetime
{
    private NoiseWorld _w = null!;

    public async Task InitializeAsync() => _w = await NoiseWorld.StartAsync(new DateOnly(2026, 11, 26));
    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task Mondays_digest_has_the_new_overdue_day_but_not_fridays_yellow_reminder_again()
    {
        _w.F.Store.Write(s => s.Items.Add(new ChatBot.Dialogs.Domain.Assignment
        {
            Id = "a2", Number = 2, DirectiveId = "d2", MeetingId = "mt1", UnitId = _w.Unit.Id, Task = "冬季道路除雪预案修订",
            Due = new DateOnly(2026, 12, 2), Status = ChatBot.Dialogs.Domain.AssignmentStatus.InProgress,
        }));
        await _w.SayAsync(_w.Head, "每日汇总");
        await _w.Scheduler.RunOnceAsync();
        await NoiseWorld.WaitUntilAsync(() => _w.CardsTo(_w.Head, "我的提醒汇总").Count == 1);
        Assert.Contains("冬季道路除雪预案修订（临近）", NoiseWorld.TextOf(_w.CardsTo(_w.Head, "我的提醒汇总")[0]));

        _w.F.Clock.Advance(TimeSpan.FromDays(3));
        await _w.Scheduler.RunOnceAsync();
        await NoiseWorld.WaitUntilAsync(() => _w.CardsTo(_w.Head, "我的提醒汇总").Count == 2);
        var monday = NoiseWorld.TextOf(_w.CardsTo(_w.Head, "我的提醒汇总")[1]);
        Assert.Contains("北环路排水管网改造（逾期4天）", monday);
        Assert.DoesNotContain("冬季道路除雪预案修订", monday);
    }
}
