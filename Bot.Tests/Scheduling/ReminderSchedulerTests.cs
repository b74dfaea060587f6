using System.Text.Json.Nodes;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Scheduling;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Bot.Tests.Scheduling;

/// <summary>
/// The scheduler in the real bot: Friday 27 Nov 2026 10:00 Beijing; item 1 of 市政工程处 was due
/// Thursday 26 Nov and nobody was named for it, so its head (m047) and liaison (m049) are reminded.
/// </summary>
public class ReminderSchedulerTests : IAsyncLifetime
{
    private const string Overdue = "督办事项已逾期";
    private BotFixture _f = null!;
    private Member _head = null!, _liaison = null!;

    private static Dictionary<string, string?> Settings(bool enabled, string? digestConversation = null) => new()
    {
        ["Reminders:Enabled"] = enabled ? "true" : "false",
        ["Reminders:TickSeconds"] = "60",
        ["Reminders:DigestConversationId"] = digestConversation,
    };

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() { if (_f is not null) await _f.DisposeAsync(); }

    private ReminderScheduler Scheduler => _f.Bot.Get<ReminderScheduler>();

    private async Task StartAsync(bool enabled, string? digestConversation = null)
    {
        _f = await BotFixture.StartAsync(Settings(enabled, digestConversation));
        var unit = _f.Unit("市政工程处");
        _head = _f.Member(m => m.HasRole(unit.Id, UnitRole.Head));
        _liaison = _f.Member(m => m.HasRole(unit.Id, UnitRole.Liaison));
    }

    /// <summary>Head and liaison talk to the bot first, so it has their 1:1 conversations.</summary>
    private async Task SetUpOverdueItemAsync()
    {
        var before = _f.Connector.SentActivities().Count;
        await _f.SayAsync(_head, "帮助");
        await _f.SayAsync(_liaison, "帮助");
        await _f.Connector.WaitForActivitiesAsync(before + 2);
        _f.Store.Write(s => s.Items.Add(new Assignment
        {
            Id = "a1", Number = 1, DirectiveId = "d1", MeetingId = "mt1", UnitId = _f.Unit("市政工程处").Id,
            Task = "金南大道西延线督促施工方落实举措", Due = new DateOnly(2026, 11, 26), Status = AssignmentStatus.Dispatched,
        }));
    }

    private List<string> OutboxKeys(string prefix) =>
        _f.Store.Lite().Collection<OutboxMessage>("outbox").FindAll()
            .Select(m => m.Id).Where(id => id.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(id => id, StringComparer.Ordinal).ToList();

    /// <summary>Cards with <paramref name="title"/> the connector received in the member's 1:1 conversation.</summary>
    private List<JsonObject> CardsTo(Member member, string title) =>
        _f.Connector.SentActivities()
            .Where(a => a["conversation"]?["id"]?.GetValue<string>() == $"a:29:{member.Id}" && (Activities.CardText(a) ?? "").Contains(title))
            .ToList();

    private List<string> TextsTo(Member member) =>
        _f.Connector.SentActivities()
            .Where(a => a["conversation"]?["id"]?.GetValue<string>() == $"a:29:{member.Id}" && a["text"] is not null)
            .Select(a => a["text"]!.GetValue<string>())
            .ToList();

    private async Task WaitUntilAsync(Func<bool> condition)
    {
        var until = Environment.TickCount64 + 15_000;
        while (!condition() && Environment.TickCount64 < until) await Task.Delay(20);
        Assert.True(condition(), "condition not met in time");
    }

    [Fact]
    public async Task An_overdue_item_reminds_head_and_liaison_once_a_day_and_the_next_working_day_brings_the_next_stage()
    {
        await StartAsync(enabled: false);
        await SetUpOverdueItemAsync();

        Assert.True(await Scheduler.RunOnceAsync() > 0);
        await WaitUntilAsync(() => CardsTo(_head, Overdue).Count == 1 && CardsTo(_liaison, Overdue).Count == 1);
        var card = Activities.CardText(CardsTo(_head, Overdue)[0])!;
        Assert.Contains("金南大道西延线督促施工方落实举措", card);
        Assert.Contains("逾期1天", card);
        Assert.Equal([$"overdue:a1:d1:2026-11-27:{_head.Id}", $"overdue:a1:d1:2026-11-27:{_liaison.Id}"], OutboxKeys("overdue:"));

        // A second pass the same day: nothing new is enqueued or sent.
        Assert.Equal(0, await Scheduler.RunOnceAsync());
        Assert.Equal(2, OutboxKeys("overdue:").Count);

        // Monday 30 Nov is the next working day: the second overdue reminder, and (2 working days late) the escalation.
        _f.Clock.Advance(TimeSpan.FromDays(3));
        Assert.True(await Scheduler.RunOnceAsync() > 0);
        Assert.Contains($"overdue:a1:d2:2026-11-30:{_head.Id}", OutboxKeys("overdue:"));
        Assert.Contains($"overdue:a1:d2:2026-11-30:{_liaison.Id}", OutboxKeys("overdue:"));
        Assert.NotEmpty(OutboxKeys("escalation:a1:d2:2026-11-30:"));
        await WaitUntilAsync(() => CardsTo(_head, Overdue).Count == 2);
        Assert.Contains("逾期4天", Activities.CardText(CardsTo(_head, Overdue)[1]));
        Assert.Equal(0, await Scheduler.RunOnceAsync());
    }

    [Fact]
    public async Task Outside_working_hours_and_on_weekends_nothing_is_sent()
    {
        await StartAsync(enabled: false);
        await SetUpOverdueItemAsync();

        _f.Clock.Advance(TimeSpan.FromHours(8.5)); // Friday 18:30
        Assert.Equal(0, await Scheduler.RunOnceAsync());
        _f.Clock.Advance(TimeSpan.FromHours(15.5)); // Saturday 10:00
        Assert.Equal(0, await Scheduler.RunOnceAsync());
        Assert.Empty(OutboxKeys("overdue:"));
        Assert.Empty(OutboxKeys("digest:"));
    }

    [Fact]
    public async Task The_background_loop_sends_on_its_tick_and_a_restart_does_not_send_again()
    {
        await StartAsync(enabled: true);
        await WaitUntilAsync(() => Scheduler.CompletedPasses >= 1); // the pass at start: only the office digest
        await SetUpOverdueItemAsync();

        _f.Clock.Advance(TimeSpan.FromSeconds(60));
        await WaitUntilAsync(() => CardsTo(_head, Overdue).Count == 1 && CardsTo(_liaison, Overdue).Count == 1);
        var digests = OutboxKeys("digest:").Count;
        Assert.NotEqual(0, digests);

        await _f.RestartAsync(Settings(enabled: true));
        await WaitUntilAsync(() => Scheduler.CompletedPasses >= 1);
        _f.Clock.Advance(TimeSpan.FromSeconds(60));
        await WaitUntilAsync(() => Scheduler.CompletedPasses >= 2);
        Assert.Equal(0, await Scheduler.RunOnceAsync());

        Assert.Equal(2, OutboxKeys("overdue:").Count);
        Assert.Equal(digests, OutboxKeys("digest:").Count);
        Assert.Single(CardsTo(_head, Overdue));
        Assert.Single(CardsTo(_liaison, Overdue));
    }

    [Fact]
    public async Task A_paused_member_is_not_reminded_and_resuming_brings_reminders_back()
    {
        await StartAsync(enabled: false);
        await SetUpOverdueItemAsync();

        var before = _f.Connector.SentActivities().Count;
        await _f.SayAsync(_head, "暂停提醒3天");
        var reply = (await _f.Connector.WaitForActivitiesAsync(before + 1))[before];
        Assert.Contains("2026年11月29日（周日）前不再向您推送提醒", reply["text"]!.GetValue<string>());

        await Scheduler.RunOnceAsync();
        Assert.Equal([$"overdue:a1:d1:2026-11-27:{_liaison.Id}"], OutboxKeys("overdue:"));

        await _f.SayAsync(_head, "resume reminders", "en-US");
        await WaitUntilAsync(() => TextsTo(_head).Contains("Reminders are back on."));

        _f.Clock.Advance(TimeSpan.FromDays(3)); // Monday
        await Scheduler.RunOnceAsync();
        Assert.Contains($"overdue:a1:d2:2026-11-30:{_head.Id}", OutboxKeys("overdue:"));
    }

    [Fact]
    public async Task Pause_answers_in_english_with_the_until_date_and_resume_without_a_pause_says_so()
    {
        await StartAsync(enabled: false);
        var before = _f.Connector.SentActivities().Count;
        await _f.SayAsync(_liaison, "恢复提醒");
        await _f.SayAsync(_liaison, "pause reminders for 2 days", "en-US");
        var replies = await _f.Connector.WaitForActivitiesAsync(before + 2);
        var texts = replies.Skip(before).Select(r => r["text"]!.GetValue<string>()).ToList();
        Assert.Contains("您的提醒没有暂停。", texts);
        Assert.Contains(texts, t => t.Contains("no reminders for you until Sat 28 Nov 2026"));
    }

    [Fact]
    public async Task The_digest_goes_to_the_office_channel_when_configured_and_known_to_the_bot()
    {
        const string channel = "19:office-channel@thread.tacv2";
        await StartAsync(enabled: false, digestConversation: channel);
        await SetUpOverdueItemAsync();
        var office = _f.Member(m => m.IsOffice);
        var before = _f.Connector.SentActivities().Count;
        await _f.Http.PostAsync(_f.Bot.BaseUrl, Activities.Message(_f.Connector.ServiceUrl, $"29:{office.Id}", "帮助",
            aadObjectId: office.AadObjectId, conversationId: channel, conversationType: "channel"));
        await _f.Connector.WaitForActivitiesAsync(before + 1);

        await Scheduler.RunOnceAsync();
        Assert.Equal([$"digest:office:daily:2026-11-27:{channel}"], OutboxKeys("digest:"));
        await WaitUntilAsync(() => _f.Connector.SentActivities().Any(a =>
            a["conversation"]?["id"]?.GetValue<string>() == channel && (Activities.CardText(a) ?? "").Contains("市政工程处")));
    }
}
