using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Bulletin;
using ChatBot.Dialogs.Features.Instruction;
using LiteDB;

namespace ChatBot.Dialogs.Storage.LiteDb;

// Issue #16 parts 3 and 4: scoring's bulk reads, 本月通报 drafts and 批示, reached with store.Get<T>().
// Plain documents keyed by id with one query field each, so a server provider can mirror them as tables.

internal static class LiteDbLeaderTools
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "Registration of this folder's store implementations, nothing else.")]
    internal static void Register()
    {
        LiteDbStore.Provide<IScoringReads>(c => new LiteDbScoringReads(c));
        LiteDbStore.Provide<IBulletinDrafts>(c => new LiteDbBulletinDrafts(c));
        LiteDbStore.Provide<IInstructions>(c => new LiteDbInstructions(c));
    }
}

internal sealed class LiteDbScoringReads(LiteDbCollections c) : IScoringReads
{
    private static BsonValue Day(DateOnly d) => new(d.ToString("yyyy-MM-dd"));

    public IReadOnlyList<Assignment> ItemsDueBetween(DateOnly from, DateOnly to) =>
        c.Assignments.Find(Query.Between(nameof(Assignment.Due), Day(from), Day(to))).ToList();

    // Between from the smallest date string, so items with no deadline (null) are not read as "before".
    public IReadOnlyList<Assignment> OpenDueBefore(DateOnly day) =>
        c.Assignments.Find(Query.And(Query.Between(nameof(Assignment.Due), new BsonValue("0001-01-01"), Day(day.AddDays(-1))),
            Query.Not(nameof(Assignment.Status), nameof(AssignmentStatus.Closed)))).ToList();

    public IReadOnlyList<Assignment> ItemsWithIds(IReadOnlyCollection<string> ids) =>
        ids.Count == 0 ? [] : c.Assignments.Find(Query.In("_id", ids.Select(i => new BsonValue(i)))).ToList();

    public IReadOnlyList<AuditEntry> AuditSince(DateTimeOffset from) =>
        c.Audit.Find(Query.GTE(nameof(AuditEntry.At), new BsonValue(from.UtcDateTime))).OrderBy(a => a.Seq).ToList();

    public IReadOnlyList<RelayConfirmation> ConfirmationsOf(IReadOnlyCollection<string> meetingIds) =>
        meetingIds.Count == 0 ? [] : c.RelayConfirmations.Find(Query.In(nameof(RelayConfirmation.MeetingId), meetingIds.Select(i => new BsonValue(i)))).ToList();
}

internal sealed class LiteDbBulletinDrafts(LiteDbCollections c) : IBulletinDrafts
{
    private ILiteCollection<BulletinDraft> Drafts => c.Collection<BulletinDraft>("bulletin_drafts");

    public BulletinDraft? Get(string id) => Drafts.FindById(id);
    public IReadOnlyList<BulletinDraft> OfOwner(string ownerId) =>
        Drafts.Find(Query.EQ(nameof(BulletinDraft.OwnerId), ownerId)).OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id, StringComparer.Ordinal).ToList();
    public void Put(BulletinDraft draft) => Drafts.Upsert(draft);
}

internal sealed class LiteDbInstructions(LiteDbCollections c) : IInstructions
{
    private ILiteCollection<InstructionRecord> Records => c.Collection<InstructionRecord>("instructions");

    public InstructionRecord? Get(string id) => Records.FindById(id);
    public IReadOnlyList<InstructionRecord> For(string assignmentId) =>
        Records.Find(Query.EQ(nameof(InstructionRecord.AssignmentId), assignmentId)).OrderBy(r => r.At).ToList();
    public void Add(InstructionRecord record) => Records.Insert(record);
}
