using System.ComponentModel.DataAnnotations;

namespace ChatBot.Bot.Hosting;

/// <summary>Section "Storage".</summary>
public sealed class StorageOptions
{
    public const string LiteDb = "LiteDb";
    public const string PostgreSql = "PostgreSql";

    /// <summary>Which store: <see cref="LiteDb"/> (one file, nothing to install) or <see cref="PostgreSql"/> (a server database).</summary>
    public string Provider { get; set; } = LiteDb;

    /// <summary>The LiteDB file; relative paths are under the content root.</summary>
    [Required] public string Path { get; set; } = "data/directive-tracker.db";

    /// <summary>The PostgreSQL database (Npgsql form: Host=…;Port=…;Database=…;Username=…;Password=…), when the provider is PostgreSql. Never logged.</summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgreSql => string.Equals(Provider?.Trim(), PostgreSql, StringComparison.OrdinalIgnoreCase);

    /// <summary>Stops the start with the key's name: an unknown provider, or PostgreSql without a connection string.</summary>
    public void Validate()
    {
        var said = Provider?.Trim() ?? "";
        if (!said.Equals(LiteDb, StringComparison.OrdinalIgnoreCase) && !said.Equals(PostgreSql, StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Storage:Provider must be {LiteDb} or {PostgreSql}, not '{Provider}'");
        if (IsPostgreSql && string.IsNullOrWhiteSpace(ConnectionString))
            throw new InvalidOperationException("Storage:ConnectionString is required when Storage:Provider is PostgreSql (Host=…;Database=…;Username=…;Password=…)");
    }

    /// <summary>Sent outbox messages and idle status-card snapshots are kept this many days (the audit log for ever).</summary>
    [Range(1, 3650)] public int RetentionDays { get; set; } = 30;

    /// <summary>How often the pruning pass runs.</summary>
    [Range(1, 24 * 60)] public int PruneIntervalMinutes { get; set; } = 60;
}

/// <summary>Section "Roster".</summary>
public sealed class RosterOptions
{
    /// <summary>Roster loaded into an empty store on first start; relative to the app folder.</summary>
    public string SeedPath { get; set; } = "seeds/org.json";
}

/// <summary>Section "LocalChat".</summary>
public sealed class LocalChatOptions
{
    public bool Enabled { get; set; } = true;
    /// <summary>Serve the page and its connector to other machines too (off: loopback only).</summary>
    public bool AllowRemote { get; set; }
}

/// <summary>Section "Channel".</summary>
public sealed class ChannelOptions
{
    /// <summary>Larger request bodies get 413.</summary>
    [Range(16 * 1024, 64 * 1024 * 1024)] public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Teams waits 15 s for the HTTP answer; a turn still running after this many seconds finishes in the background.</summary>
    [Range(0.1, 14)] public double AcknowledgeSeconds { get; set; } = 10;

    /// <summary>
    /// How long a turn waits for Teams to describe an unknown sender (GET …/members/{id}); after that it
    /// answers from the activity and the lookup binds the member when it completes.
    /// </summary>
    [Range(0, 14)] public double MemberLookupSeconds { get; set; } = 3;

    /// <summary>A turn still running after this long shows the typing indicator.</summary>
    [Range(0, 10_000)] public int TypingAfterMilliseconds { get; set; } = 1000;
}
