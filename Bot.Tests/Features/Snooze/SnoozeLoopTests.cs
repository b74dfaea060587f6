using ChatBot.Bot.Outbox;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Snooze;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Tests.Features.Snooze;

/// <summary>稍后提醒 over HTTP on the real bot: the card's buttons, the typed command, bad input, stale cards.</summary>
public sealed class SnoozeLoopTests : IAsyncLifetime
{
    private const string Overdue = "督办事项已逾期";
    private NoiseWorld _w = null!;

    public async Task InitializeAsync() => _w = await NoiseWorld.StartAsync(new DateOnly(2026, 11, 26));
    public async Task DisposeAsync() => await _w.DisposeAsync();

    private List<string> OutboxKeys(string prefix) =>
        _w.F.Store.Lite().Collection<OutboxMessage>("outbox").FindAll().Select(m => m.Id).Where(id => id.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(id => id, StringComparer.Ordinal).ToList();

    private IReminderSnoozes Snoozes => _w.F.Store.Get<IReminderSnoozes>();

    [Fact]
    public async Task Tomorrow_on_a_friday_card_updates_it_in_place_holds_the_head_back_and_brings_the_item_back_on_monday_once()
    {
        await _w.Scheduler.RunOnceAsync();
        await NoiseWorld.WaitUntilAsync(() => _w.CardsTo(_w.Head, Overdue).Count == 1);
        var card = _w.CardsTo(_w.Head, Overdue)[0];
        Assert.Contains("稍后提醒：", NoiseWorld.TextOf(card));

        await _w.PressAsync(_w.Head, NoiseWorld.Button(card, SnoozeCapability.Snooze.Name, "until", SnoozeTime.Tomorrow));
        await NoiseWorld.WaitUntilAsync(() => _w.UpdatesTo(_w.Head).Count == 1);
        var updated = NoiseWorld.TextOf(_w.UpdatesTo(_w.Head)[0]);
        Assert.Contains("已稍后提醒", updated);
        // Friday's "tomorrow" is the next working day, Monday, at the start of working hours.
        Assert.Contains("2026年11月30日（周一） 09:00再提醒您", updated);
        Assert.Contains("第1条 北环路排水管网改造", updated);
        var snooze = Assert.Single(Snoozes.All());
        Assert.Equal((_w.Head.Id, "item:a1"), (snooze.MemberId, snooze.Subject));
        Assert.Single(_w.F.Store.Audit.For("item:a1"), e => e.Action == "snooze" && e.ActorMemberId == _w.Head.Id);

        Assert.Equal(0, await _w.Scheduler.RunOnceAsync());

        _w.F.Clock.Advance(TimeSpan.FromDays(3)); // Monday 30 Nov 10:00
        await _w.Scheduler.RunOnceAsync();
        // The liaison gets Monday's regular reminder; the head gets the snoozed one instead of it, once.
        Assert.Equal([$"overdue:a1:d2:2026-11-30:{_w.Liaison.Id}"], OutboxKeys("overdue:a1:d2:"));
        await NoiseWorld.WaitUntilAsync(() => _w.CardsTo(_w.Head, Overdue).Count == 2);
        Assert.Contains("您设置的稍后提醒时间到了。", NoiseWorld.TextOf(_w.CardsTo(_w.Head, Overdue)[1]));
        Assert.Contains("逾期4天", NoiseWorld.TextOf(_w.CardsTo(_w.Head, Overdue)[1]));
        Assert.Empty(Snoozes.All());
        Assert.Equal(0, await _w.Scheduler.RunOnceAsync());
        Assert.Equal(2, _w.CardsTo(_w.Head, Overdue).Count);
    }

    [Fact]
    public async Task Typed_remind_me_applies_to_the_last_reminder_and_without_one_says_so()
    {
        Assert.Equal("您最近没有收到提醒，没有可以推迟的。", await _w.SayAsync(_w.Liaison, "稍后提醒"));
        Assert.Empty(Snoozes.All());

        await _w.Scheduler.RunOnceAsync();
        await NoiseWorld.WaitUntilAsync(() => _w.CardsTo(_w.Liaison, Overdue).Count == 1);
        Assert.Equal("Snoozed: you will be reminded again on Fri 27 Nov 2026 12:00.", await _w.SayAsync(_w.Liaison, "remind me in 2 hours", "en-US"));
        await NoiseWorld.WaitUntilAsync(() => _w.UpdatesTo(_w.Liaison).Count == 1);
        Assert.Contains("Fri 27 Nov 2026 12:00", NoiseWorld.TextOf(_w.UpdatesTo(_w.Liaison)[0]));
        Assert.Equal("已设置稍后提醒：2026年11月30日（周一） 09:00再提醒您。", await _w.SayAsync(_w.Liaison, "下周一再提醒我"));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero), Assert.Single(Snoozes.All()).Until);

        // Two hours later nothing comes back: the second snooze replaced the first.
        _w.F.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await _w.Scheduler.RunOnceAsync());
    }

    [Fact]
    public async Task Bad_choices_other_peoples_cards_and_closed_items_get_a_clear_answer_and_change_nothing()
    {
        await _w.Scheduler.RunOnceAsync();
        await NoiseWorld.WaitUntilAsync(() => _w.CardsTo(_w.Head, Overdue).Count == 1);
        var button = NoiseWorld.Button(_w.CardsTo(_w.Head, Overdue)[0], SnoozeCapability.Snooze.Name, "until", SnoozeTime.TwoHours);

        var bad = button.DeepClone().AsObject();
        bad["until"] = "yesterday";
        Assert.Equal("稍后提醒可以选：2 小时、明天、下周一。", await _w.AnswerAsync(_w.Head, () => _w.PressAsync(_w.Head, bad)));
        var forged = button.DeepClone().AsObject();
        forged["subject"] = "nonsense";
        Assert.Equal("这个按钮已失效，请重新发送指令。", await _w.AnswerAsync(_w.Head, () => _w.PressAsync(_w.Head, forged)));
        Assert.Equal("这条提醒不是发给您的，不能替别人设置稍后提醒。", await _w.AnswerAsync(_w.Outsider, () => _w.PressAsync(_w.Outsider, button)));

        _w.F.Store.Write(s => { var a = s.Items.Get("a1")!; a.Status = AssignmentStatus.Closed; s.Items.Update(a); });
        Assert.Equal("这条提醒的事项已办结或不再需要提醒，无需设置稍后提醒。", await _w.AnswerAsync(_w.Head, () => _w.PressAsync(_w.Head, button)));
        Assert.Empty(Snoozes.All());
        Assert.Empty(_w.F.Store.Audit.For("item:a1"));
        Assert.Empty(_w.UpdatesTo(_w.Head));
    }
}
