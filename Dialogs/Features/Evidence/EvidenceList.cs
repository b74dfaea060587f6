using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Evidence;

/// <summary>An item's evidence: the files on its progress reports and its 销号 requests, oldest first.</summary>
public static class EvidenceList
{
    public sealed record Entry(EvidenceFile File, string By, DateTimeOffset At, bool OnCheckOff);

    public static IReadOnlyList<Entry> Of(IStoreSession store, Assignment a) =>
        store.Items.ReportsOf(a.Id).SelectMany(r => r.Evidence.Select(f => new Entry(f, r.ReportedBy, r.ReportedAt, false)))
            .Concat(store.CheckOffs.For(a.Id).SelectMany(r => r.Evidence.Select(f => new Entry(f, r.RequestedBy, r.RequestedAt, true))))
            .OrderBy(e => e.At).ToList();

    public static bool Any(IStoreSession store, Assignment a) =>
        store.Items.ReportsOf(a.Id).Any(r => r.Evidence.Count > 0) || store.CheckOffs.For(a.Id).Any(r => r.Evidence.Count > 0);
}
