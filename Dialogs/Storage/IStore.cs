namespace ChatBot.Dialogs.Storage;

/// <summary>
/// The repositories of one store, by aggregate. Read them through the <see cref="IStore"/>; change them
/// inside <see cref="IStore.Write{T}"/>, whose session is the same repositories bound to the open
/// transaction. Every method is named for what its callers need and returns materialised results, so
/// a provider can answer each with plain SQL.
/// </summary>
public interface IStoreSession
{
    /// <summary>Assignments (督办事项 per unit), their directives and progress reports.</summary>
    IItemRepository Items { get; }
    /// <summary>Meetings, their relay confirmations and 签收 receipts.</summary>
    IMeetingRepository Meetings { get; }
    /// <summary>Units and members.</summary>
    IRosterRepository Roster { get; }
    /// <summary>The append-only change history (留痕).</summary>
    IAuditLog Audit { get; }
    /// <summary>Named sequences (item numbers, audit order): a number is never handed out twice.</summary>
    ISequences Sequences { get; }
    /// <summary>Questions the bot is waiting on a member to answer.</summary>
    IPendingQuestions Pending { get; }
    /// <summary>Intake reviews being edited before 确认下发.</summary>
    IIntakeDraftRepository IntakeDrafts { get; }
    /// <summary>销号 requests and the office's decisions.</summary>
    ICheckOffRepository CheckOffs { get; }
    /// <summary>延期 requests and their answers.</summary>
    IExtensionRequests Extensions { get; }
    /// <summary>退回 requests and the office's answers (改派 or kept).</summary>
    IReassignRequests Reassignments { get; }
    /// <summary>Reminder pauses and the keys of reminders already sent.</summary>
    IReminderLog Reminders { get; }
    /// <summary>People Teams knows and the roster does not.</summary>
    IUnmatchedUserRepository UnmatchedUsers { get; }
    /// <summary>重发未送达 rounds per meeting.</summary>
    IDispatchResendRepository DispatchResends { get; }
    /// <summary>Where to reach a member or a conversation proactively.</summary>
    IAddressRepository Addresses { get; }

    /// <summary>
    /// A repository a component outside Dialogs declares (the host's outbox, dedupe window…), bound to
    /// this store or session. Each provider supplies the implementations; a missing one is a start-up bug.
    /// </summary>
    TRepository Get<TRepository>() where TRepository : class;

    /// <summary>
    /// Runs <paramref name="change"/> as one transaction: all of it is stored, or none (an exception
    /// rolls it back and is rethrown). A write inside a write joins the outer transaction; reads through
    /// the store inside a write see what the write has done so far.
    /// </summary>
    T Write<T>(Func<IStoreSession, T> change);

    /// <inheritdoc cref="Write{T}"/>
    void Write(Action<IStoreSession> change) => Write<object?>(s => { change(s); return null; });

    /// <summary>True on a thread that is inside <see cref="Write{T}"/>.</summary>
    bool InTransaction { get; }

    /// <summary>
    /// Records a change's notices in the change's own transaction (the host's durable outbox); null when
    /// Dialogs runs alone (tests, bench): notices then stay in the turn's result for the caller to deliver.
    /// </summary>
    INoticeRecorder? Notices { get; }
}

/// <summary>
/// The task store behind its seam: features, the host and the command line depend on this and on the
/// repositories; a provider (today <c>Storage/LiteDb</c>) implements them.
/// </summary>
public interface IStore : IStoreSession, IDisposable
{
    /// <summary>Where the data lives (a file path, ":memory:", a server), for logs and messages.</summary>
    string Path { get; }

    /// <summary>Transactions committed since the store opened (each outer <see cref="Write{T}"/> is one): what a turn costs in writes.</summary>
    long Commits { get; }

    /// <summary>Set by the host (the durable outbox) at start-up.</summary>
    new INoticeRecorder? Notices { get; set; }

    /// <summary>True when the store answers a query (health check).</summary>
    bool IsReachable();
}

public static class StoreSessionExtensions
{
    /// <summary>
    /// How many changes the store has recorded (every change is audited): a snapshot read after a
    /// higher version is never older than one read after a lower one.
    /// </summary>
    public static long Version(this IStoreSession store) => store.Sequences.Current(AuditLogs.Sequence);

    /// <summary>Next value of a named sequence (item numbers); call inside <see cref="IStore.Write{T}"/>.</summary>
    public static int NextNumber(this IStoreSession store, string sequence) => store.Sequences.Next(sequence);
}
