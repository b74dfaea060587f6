using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Items;

/// <summary>
/// An item's history in time order: the audit trail's state changes, the progress reports, and the
/// check-off requests with their notes, evidence and decisions, the extension requests (a refusal with its
/// reason) and the send-backs (a keep with its explanation).
/// </summary>
public static class ItemTimeline
{
    public enum Kind { Change, Progress, Request, Decision, ExtensionRequest, ExtensionDecision, SendBack, Kept }

    public sealed record Entry(DateTimeOffset At, string ActorId, Kind Kind, AuditEntry? Audit = null, ProgressReport? Report = null, CheckOffRecord? CheckOff = null,
        ExtensionRecord? Extension = null, ReassignRecord? Reassign = null);

    // An extension asked for or refused is told by its record's entry, with the reason; the audit row would say it twice.
    private static readonly HashSet<string> ToldByRecords = [AuditActions.ExtensionRequest, AuditActions.ExtensionRefuse, AuditActions.SendBackRequest, AuditActions.ReassignKeep];

    private static int Rank(Entry e) => e.Kind != Kind.Change ? 0 : e.Audit!.Action == AuditActions.Percent ? 2 : 1;

    public static IReadOnlyList<Entry> For(IStoreSession store, Assignment a)
    {
        var entries = new List<Entry>();
        entries.AddRange(store.Items.ReportsOf(a.Id).Select(p => new Entry(p.ReportedAt, p.ReportedBy, Kind.Progress, Report: p)));
        foreach (var r in CheckOffRecords.For(store, a.Id))
        {
            entries.Add(new Entry(r.RequestedAt, r.RequestedBy, Kind.Request, CheckOff: r));
            if (r.DecidedAt is { } at && r.Reason is not null) entries.Add(new Entry(at, r.DecidedBy ?? "", Kind.Decision, CheckOff: r));
        }
        foreach (var r in store.Extensions.For(a.Id))
        {
            entries.Add(new Entry(r.RequestedAt, r.RequestedBy, Kind.ExtensionRequest, Extension: r));
            if (r.DecidedAt is { } at && r.Decision == ExtensionDecision.Refused) entries.Add(new Entry(at, r.DecidedBy ?? "", Kind.ExtensionDecision, Extension: r));
        }
        foreach (var r in store.Reassignments.For(a.Id))
        {
            entries.Add(new Entry(r.RequestedAt, r.RequestedBy, Kind.SendBack, Reassign: r));
            if (r.DecidedAt is { } at && r.Decision == ReassignDecision.Kept) entries.Add(new Entry(at, r.DecidedBy ?? "", Kind.Kept, Reassign: r));
        }
        entries.AddRange(store.Audit.For(a.Id).Where(e => !ToldByRecords.Contains(e.Action)).Select(e => new Entry(e.At, e.ActorMemberId, Kind.Change, Audit: e)));
        // At one instant: what was said, then the status move it caused, then field changes.
        return entries.OrderBy(e => e.At).ThenBy(Rank).ToList();
    }
}
