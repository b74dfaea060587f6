using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Reminders;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Storage;
using static ChatBot.Bot.Tests.Features.Reminders.ReminderWorld;

namespace ChatBot.Bot.Tests.Features.Reminders;

public sealed class ReminderRecordsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"reminders-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        if (File.Exists(_path)) File.Delete(_path);
    }

    private void Seed()
    {
        using var store = new LiteDbStore(_path);
        store.Write(s =>
        {
            s.Roster.AddUnits(Units());
            s.Roster.AddMembers(Members());
            s.Meetings.Add(new Meeting { Id = "mt1", Title = "局党组会", Status = MeetingStatus.Dispatched });
            s.Items.Add(Item());
        });
    }

    /// <summary>What the scheduler does on a tick: read, ask, record in one transaction (the outbox insert would sit beside it).</summary>
    private static List<ReminderDue> Tick(IStore store, DateTimeOffset now)
    {
        var due = Policy().Due(now, store.ReadSnapshot());
        return store.Write(s => due.Where(d => s.TryRecordSent(d, now)).ToList());
    }

    [Fact]
    public void A_restart_never_sends_the_same_reminder_twice()
    {
        Seed();
        List<ReminderDue> first;
        using (var store = new LiteDbStore(_path))
            first = Tick(store, At(2026, 11, 24, 9, 5));
        Assert.Equal([ReminderKind.Overdue, ReminderKind.Escalation, ReminderKind.Digest], first.Select(d => d.Kind).ToArray());

        using (var store = new LiteDbStore(_path))   // the process came back
        {
            Assert.Empty(Tick(store, At(2026, 11, 24, 9, 6)));
            Assert.Empty(Tick(store, At(2026, 11, 24, 16)));
            var log = store.Lite().SentReminders.FindById("escalation:a3:d2:2026-11-24");
            Assert.Equal(["m-lead-hwc", "m-office"], log.RecipientMemberIds);
            Assert.Equal(new DateOnly(2026, 11, 24), log.Day);
            Assert.Equal(3, Tick(store, At(2026, 11, 25, 10)).Count);   // the next working day is a new day
        }
    }

    [Fact]
    public void Recording_a_key_twice_is_refused()
    {
        using var store = new LiteDbStore(new MemoryStream());
        var due = new ReminderDue { Key = "digest:office:daily:2026-11-24", Kind = ReminderKind.Digest, Day = new DateOnly(2026, 11, 24), RecipientMemberIds = ["m-office"] };
        Assert.True(store.Write(s => s.TryRecordSent(due, At(2026, 11, 24))));
        Assert.False(store.Write(s => s.TryRecordSent(due, At(2026, 11, 24, 11))));
        Assert.Single(store.Lite().SentReminders.FindAll());
    }

    [Fact]
    public void Pause_and_resume_through_the_store()
    {
        Seed();
        using var store = new LiteDbStore(_path);
        var monday = new DateOnly(2026, 11, 23);
        var pause = store.PauseReminders("m-hwc-head", 3, monday, At(2026, 11, 23), maxDays: 30);
        Assert.Equal(new DateOnly(2026, 11, 25), pause.Until);   // Monday, Tuesday, Wednesday

        var paused = Policy(NoDigest()).Due(At(2026, 11, 24), store.ReadSnapshot());
        Assert.Equal(["m-hwc-liaison"], paused.Single(d => d.Kind == ReminderKind.Overdue).RecipientMemberIds);
        Assert.Contains(paused, d => d.Kind == ReminderKind.Escalation);

        var thursday = Policy(NoDigest()).Due(At(2026, 11, 26), store.ReadSnapshot());
        Assert.Equal(["m-hwc-head", "m-hwc-liaison"], thursday.Single(d => d.Kind == ReminderKind.Overdue).RecipientMemberIds);

        store.PauseReminders("m-hwc-head", 3, monday, At(2026, 11, 23), maxDays: 30);
        Assert.True(store.ResumeReminders("m-hwc-head", monday.AddDays(1)));
        Assert.False(store.ResumeReminders("m-hwc-head", monday.AddDays(1)));
        Assert.Equal(["m-hwc-head", "m-hwc-liaison"], Policy(NoDigest()).Due(At(2026, 11, 24), store.ReadSnapshot()).Single(d => d.Kind == ReminderKind.Overdue).RecipientMemberIds);
    }

    [Fact]
    public void A_pause_is_capped()
    {
        using var store = new LiteDbStore(new MemoryStream());
        var pause = store.PauseReminders("m1", 365, new DateOnly(2026, 11, 23), At(2026, 11, 23), maxDays: 30);
        Assert.Equal(new DateOnly(2026, 12, 22), pause.Until);
    }

    [Fact]
    public void Old_sent_keys_can_be_pruned()
    {
        using var store = new LiteDbStore(new MemoryStream());
        foreach (var day in new[] { 20, 23, 24 })
            store.Write(s => s.TryRecordSent(new ReminderDue { Key = $"digest:office:daily:2026-11-{day}", Kind = ReminderKind.Digest, Day = new DateOnly(2026, 11, day), RecipientMemberIds = ["m-office"] }, At(2026, 11, day)));
        Assert.Equal(1, store.PruneSentBefore(new DateOnly(2026, 11, 23)));
        Assert.Equal(2, store.ReadSnapshot().SentKeys.Count);
    }
}
