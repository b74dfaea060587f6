using ChatBot.Dialogs.Features.Cadence;
using ChatBot.Dialogs.Features.ReminderSettings;
using ChatBot.Dialogs.Features.Snooze;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Reminders;

/// <summary>
/// Noise control, applied by the policy to what is due (pure, like the policy): 稍后提醒 takes a member off a
/// subject's reminders until their snooze runs out and then brings the subject back once; members in their quiet
/// hours or who chose one daily digest have their reminders held (<see cref="ReminderDue.Held"/>), and get them
/// folded into their own digest — after the quiet hours, or at <c>Reminders:DigestTime</c>.
/// </summary>
internal sealed class ReminderNoise(
    ReminderSnapshot snapshot, DateTimeOffset now, DateOnly today, TimeOnly time, ReminderOptions options,
    Func<DateTimeOffset, DateOnly> localDay, ReminderRecipients recipients)
{
    private readonly Dictionary<string, ReminderPreference> _preferences = snapshot.Preferences.ToDictionary(p => p.Id, StringComparer.Ordinal);
    private readonly QuietWindow? _bureauQuiet = QuietWindow.Parse(options.QuietHours);

    public List<ReminderDue> Shape(List<ReminderDue> due, Func<string, ReminderDue?> current)
    {
        var snoozes = snapshot.Snoozes.ToLookup(s => s.Subject, StringComparer.Ordinal);
        var result = new List<ReminderDue>();
        foreach (var d in due)
        {
            // A snooze in force, or one that ran out today (its own reminder below is today's): not the regular one too.
            var off = d.Subject is null ? [] : snoozes[d.Subject].Where(s => now < s.Until || localDay(s.Until) == today).Select(s => s.MemberId).ToHashSet(StringComparer.Ordinal);
            result.Add(off.Count == 0 ? d : d with { RecipientMemberIds = d.RecipientMemberIds.Where(id => !off.Contains(id)).ToList() });
        }
        foreach (var s in snapshot.Snoozes.Where(s => now >= s.Until).OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            if (current(s.Subject) is not { } c) continue;
            IReadOnlyList<string> to = c.Kind == ReminderKind.Escalation ? [s.MemberId] : recipients.WithoutPaused([s.MemberId]);
            result.Add(c with
            {
                Key = ReminderPolicy.KeyFor(c.Kind, s.Id, "snoozed" + s.Until.UtcTicks, localDay(s.Until)),
                RecipientMemberIds = to, FromSnooze = true, Subject = s.Subject,
            });
        }

        var heldNow = new List<ReminderHold>();
        for (var i = 0; i < result.Count; i++)
        {
            var d = result[i];
            // Sent before (a yellow reminder is keyed on its deadline, not the day): not held again.
            if (d.Kind is ReminderKind.Digest or ReminderKind.PersonalDigest || snapshot.SentKeys.Contains(d.Key)) continue;
            var held = d.RecipientMemberIds.Where(Holds).ToList();
            if (held.Count == 0) continue;
            result[i] = d with { RecipientMemberIds = d.RecipientMemberIds.Except(held).ToList(), Held = held };
            heldNow.AddRange(held.Select(m => HoldOf(m, d, now)));
        }

        foreach (var member in snapshot.Holds.Concat(heldNow).GroupBy(h => h.MemberId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (Quiet(member.Key)) continue;
            var daily = Delivery(member.Key) == ReminderDelivery.Digest;
            if (daily && time < options.DigestTime) continue;
            result.Add(new ReminderDue
            {
                Key = ReminderPolicy.KeyFor(ReminderKind.PersonalDigest, member.Key, daily ? "daily" : "quiet", today),
                Kind = ReminderKind.PersonalDigest,
                Day = today,
                RecipientMemberIds = [member.Key],
                Holds = member.DistinctBy(h => h.Id).OrderBy(h => h.HeldAt).ThenBy(h => h.Id, StringComparer.Ordinal).ToList(),
            });
        }
        return result;
    }

    private bool Holds(string memberId) => Delivery(memberId) == ReminderDelivery.Digest || Quiet(memberId);

    private ReminderDelivery Delivery(string memberId) => _preferences.GetValueOrDefault(memberId)?.Delivery ?? ReminderDelivery.Instant;

    private bool Quiet(string memberId)
    {
        var own = _preferences.GetValueOrDefault(memberId)?.QuietHours;
        var window = own is null ? _bureauQuiet : QuietWindow.Parse(own);
        return window?.Covers(time) == true;
    }

    public static ReminderHold HoldOf(string memberId, ReminderDue d, DateTimeOffset at) => new()
    {
        Id = $"{memberId}|{d.Key}",
        MemberId = memberId,
        ReminderKey = d.Key,
        Kind = d.Kind,
        Number = d.Assignment?.Number ?? 0,
        Task = d.Assignment?.Task ?? "",
        UnitName = d.Unit?.Name ?? d.Assignment?.UnitId ?? "",
        MeetingTitle = d.Meeting?.Title ?? "",
        Due = d.Due,
        DaysOverdue = d.DaysOverdue,
        HeldAt = at,
    };
}

/// <summary>Reading and recording what noise control and cadences need, beside the policy's snapshot.</summary>
public static class ReminderNoiseRecords
{
    /// <summary>Adds snoozes, preferences, holds, cadences, asks and pending extensions to the snapshot.</summary>
    public static ReminderSnapshot WithNoise(this ReminderSnapshot snapshot, IStoreSession store)
    {
        var cadences = store.Get<IReportCadences>();
        var plans = cadences.All();
        var asks = cadences.Unanswered().Concat(plans.SelectMany(c => cadences.AsksOf(c.Id))).DistinctBy(a => a.Id).ToList();
        var lastReport = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var id in asks.Where(a => a.AnsweredAt is null).Select(a => a.AssignmentId).Distinct())
            if (store.Items.ReportsOf(id) is { Count: > 0 } reports) lastReport[id] = reports.Max(r => r.ReportedAt);
        var preferences = store.Get<IReminderPreferences>();
        return snapshot with
        {
            Snoozes = store.Get<IReminderSnoozes>().All(),
            Preferences = preferences.All(),
            Holds = preferences.Holds(),
            Cadences = plans,
            Asks = asks,
            LastReportAt = lastReport,
            PendingExtensions = store.Extensions.All().Where(e => e.Decision == Items.ExtensionDecision.Pending).Select(e => e.AssignmentId).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// What sending <paramref name="due"/> records beside the sent log, in the same transaction: its holds, the
    /// holds a personal digest releases, each recipient's last reminder (for a typed 稍后提醒), the snooze it ends,
    /// and a report ask.
    /// </summary>
    public static void RecordNoise(this IStoreSession s, ReminderDue due, DateTimeOffset now)
    {
        var preferences = s.Get<IReminderPreferences>();
        foreach (var member in due.Held) preferences.Hold(ReminderNoise.HoldOf(member, due, now));
        if (due.Kind == ReminderKind.PersonalDigest)
            foreach (var hold in due.Holds) preferences.Release(hold.Id);
        if (due.Subject is { } subject)
        {
            var snoozes = s.Get<IReminderSnoozes>();
            foreach (var member in due.RecipientMemberIds)
                snoozes.PutLatest(new LatestReminder { Id = member, ReminderKey = due.Key, Subject = subject, SentAt = now });
            if (due.FromSnooze)
                foreach (var member in due.RecipientMemberIds.Concat(due.Held)) snoozes.Delete(ReminderSnooze.IdFor(member, subject));
        }
        if (due is { Kind: ReminderKind.ReportAsk, AskId: { } askId, Assignment: { } a, Due: { } day })
        {
            var cadences = s.Get<IReportCadences>();
            if (cadences.Ask(askId) is null) cadences.PutAsk(new ReportAsk { Id = askId, AssignmentId = a.Id, Due = day, AskedAt = now });
        }
    }
}
