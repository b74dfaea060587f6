using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using ChatBot.Bot.Outbox;
using ChatBot.Dialogs.Storage.PostgreSql;

namespace ChatBot.Bot.Storage.PostgreSql;

/// <summary>
/// What several replicas on one PostgreSQL database share besides the data: named leases and the claims on
/// inbound turns (tables of their own, on the database's clock), and the outbox claims (row locks on the
/// outbox table, <c>FOR UPDATE SKIP LOCKED</c>). Leases and claims are single statements outside any write, so
/// renewing a lease never waits behind the store's write lock.
/// </summary>
internal static class PgReplicaTables
{
    // Not collections (PgTable): nothing here is a bureau's data, and `store copy` leaves them behind.
    private const string Sql = """
        CREATE TABLE replica_leases (name text COLLATE "C" PRIMARY KEY, holder text NOT NULL, expires_at timestamptz NOT NULL);
        CREATE TABLE activity_claims (key text COLLATE "C" PRIMARY KEY, holder text NOT NULL, expires_at timestamptz NOT NULL);
        CREATE INDEX activity_claims_expires_at ON activity_claims (expires_at);
        """;

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "Registration of this assembly's store implementations, nothing else.")]
    internal static void Register()
    {
        PgSchema.Add(new PgMigration("0003_replicas", Sql, []));
        PostgreSqlStore.Provide<ILeases>(s => new PgLeases(s));
        PostgreSqlStore.Provide<IOutboxClaims>(s => new PgOutboxClaims(s));
        PostgreSqlStore.Provide<IActivityClaims>(s => new PgActivityClaims(s));
    }
}

internal sealed class PgLeases(PostgreSqlStore store) : ILeases
{
    public bool TryAcquire(string name, string holder, TimeSpan duration) => store.Run(c =>
    {
        // Taken when free, expired or already ours; one statement, so two replicas cannot both win.
        using var command = PgSql.Command(c, """
            INSERT INTO replica_leases (name, holder, expires_at) VALUES ($1, $2, clock_timestamp() + $3 * interval '1 millisecond')
            ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
            WHERE replica_leases.holder = EXCLUDED.holder OR replica_leases.expires_at < clock_timestamp()
            RETURNING holder
            """, name, holder, (long)duration.TotalMilliseconds);
        return command.ExecuteScalar() is string;
    });

    public void Release(string name, string holder) => store.Run(c =>
    {
        using var command = PgSql.Command(c, "DELETE FROM replica_leases WHERE name = $1 AND holder = $2", name, holder);
        return command.ExecuteNonQuery();
    });

    public Lease? Current(string name) => store.Run(c =>
    {
        using var command = PgSql.Command(c, "SELECT holder, expires_at FROM replica_leases WHERE name = $1 AND expires_at > clock_timestamp()", name);
        return PgSql.Read(command, r => new Lease { Id = name, Holder = r.GetString(0), ExpiresAt = r.GetFieldValue<DateTimeOffset>(1) }).FirstOrDefault();
    });
}

internal sealed class PgOutboxClaims(PostgreSqlStore store) : IOutboxClaims
{
    private readonly PgDocuments<OutboxMessage> _messages = store.Documents(BotPostgreSqlRepositories.Outbox);

    // Rows another sender is claiming right now are skipped, not waited for; rows no longer pending were taken.
    public IReadOnlySet<string> Lock(IReadOnlyCollection<string> ids) =>
        _messages.Values<string>("id", "WHERE id = ANY($1) AND status = 'Pending' FOR UPDATE SKIP LOCKED", (object)ids.ToArray())
            .ToHashSet(StringComparer.Ordinal);

    // The claim's expiry was set on the sender's clock; compared on this one (replicas' clocks agree to far less than a lease).
    public IReadOnlyList<OutboxMessage> Abandoned(string holder)
    {
        var now = DateTimeOffset.UtcNow;
        return _messages.Query("WHERE status = 'Sending' ORDER BY id FOR UPDATE SKIP LOCKED")
            .Where(m => m.ClaimedBy != holder && (m.ClaimExpiresAt is not { } until || until < now))
            .ToList();
    }
}

internal sealed class PgActivityClaims(PostgreSqlStore store) : IActivityClaims
{
    public ActivityClaim TryClaim(string key, string holder, TimeSpan lease) => store.Run(c =>
    {
        // xmax = 0 on the row an INSERT made; an UPDATE (taking over an expired claim) sets it.
        using var command = PgSql.Command(c, """
            INSERT INTO activity_claims (key, holder, expires_at) VALUES ($1, $2, clock_timestamp() + $3 * interval '1 millisecond')
            ON CONFLICT (key) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
            WHERE activity_claims.expires_at < clock_timestamp()
            RETURNING (xmax = 0)
            """, key, holder, (long)lease.TotalMilliseconds);
        return command.ExecuteScalar() switch
        {
            true => ActivityClaim.Claimed,
            false => ActivityClaim.TakenOver,
            _ => ActivityClaim.HeldElsewhere,
        };
    });

    public void Release(string key, string holder) => store.Run(c =>
    {
        // Also sweeps claims a dead replica left long ago (their turns were redelivered or given up by the channel).
        using var command = PgSql.Command(c, "DELETE FROM activity_claims WHERE (key = $1 AND holder = $2) OR expires_at < clock_timestamp() - interval '1 day'", key, holder);
        return command.ExecuteNonQuery();
    });
}
