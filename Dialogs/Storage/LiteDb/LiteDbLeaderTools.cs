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
    // Raw documents mapped by hand to small rows: the mapper's reflection was most of the cost (bench bulletin).
    private ILiteCollection<BsonDocument> Items => c.Collection<BsonDocument>("assignments");
    private static BsonValue Day(DateOnly d) => new(d.ToString("yyyy-MM-dd"));
    private static readonly BsonValue[] OpenStatuses = Enum.GetNames<AssignmentStatus>().Where(s => s != nameof(AssignmentStatus.Closed)).Select(s => new BsonValue(s)).ToArray();

    public IReadOnlyList<ScoredItem> ItemsDueBetween(DateOnly from, DateOnly to) =>
        Items.Find(Query.Between(nameof(Assignment.Due), Day(from), Day(to))).Select(ToItem).ToList();

    // Through the status index: the open items only, never the closed history.
    public IReadOnlyList<ScoredItem> OpenDueBefore(DateOnly day) =>
        Items.Find(Query.In(nameof(Assignment.Status), OpenStatuses)).Select(ToItem).Where(a => a.Due < day).ToList();

    public IReadOnlyList<ScoredItem> ItemsWithIds(IReadOnlyCollection<string> ids) =>
        ids.Count == 0 ? [] : Items.Find(Query.In("_id", ids.Select(i => new BsonValue(i)))).Select(ToItem).ToList();

    public IReadOnlyList<AuditMark> AuditSince(DateTimeOffset from, IReadOnlyCollection<string> actions) =>
        c.Collection<BsonDocument>("audit").Find(Query.GTE(nameof(AuditEntry.At), new BsonValue(from.UtcDateTime)))
            .Where(d => actions.Contains(d["Action"].AsString))
            .OrderBy(d => d["Seq"].AsInt32)
            .Select(d => new AuditMark(d["EntityType"].AsString, d["EntityId"].AsString, d["Action"].AsString, Instant(d["At"])))
            .ToList();

    public IReadOnlyList<RelayConfirmation> ConfirmationsOf(IReadOnlyCollection<string> meetingIds) =>
        meetingIds.Count == 0 ? [] : c.RelayConfirmations.Find(Query.In(nameof(RelayConfirmation.MeetingId), meetingIds.Select(i => new BsonValue(i)))).ToList();

    private static ScoredItem ToItem(BsonDocument d) => new(
        d["_id"].AsString,
        d["Number"].AsInt32,
        d["UnitId"].IsString ? d["UnitId"].AsString : "",
        d["Due"].IsString ? DateOnly.ParseExact(d["Due"].AsString, "yyyy-MM-dd") : null,
        Enum.TryParse<AssignmentStatus>(d["Status"].AsString, out var s) ? s : AssignmentStatus.Dispatched,
        d["CreatedAt"].IsDateTime ? Instant(d["CreatedAt"]) : DateTimeOffset.MinValue,
        d["ParentId"].IsString);

    private static DateTimeOffset Instant(BsonValue v) => new(DateTime.SpecifyKind(v.AsDateTime.ToUniversalTime(), DateTimeKind.Utc));
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
