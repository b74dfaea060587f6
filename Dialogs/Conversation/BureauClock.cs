namespace ChatBot.Dialogs.Conversation;

/// <summary>The bureau's local time (default Asia/Shanghai) over an injected <see cref="TimeProvider"/>.</summary>
public sealed class BureauClock(TimeProvider time, TimeZoneInfo zone)
{
    public const string DefaultZone = "Asia/Shanghai";

    /// <summary>
    /// The one time-zone resolver (setting <c>Bureau:TimeZone</c>): an IANA or Windows id; empty is
    /// Asia/Shanghai. An unknown id is an error — the bot does not start — never a silent drift to UTC.
    /// On a machine without time-zone data the default is still exact: China has had no DST since 1991.
    /// </summary>
    public static TimeZoneInfo ResolveZone(string? id)
    {
        id = string.IsNullOrWhiteSpace(id) ? DefaultZone : id.Trim();
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        if (id is DefaultZone or "China Standard Time")
            return TimeZoneInfo.CreateCustomTimeZone("China Standard Time", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        throw new InvalidOperationException($"Bureau:TimeZone '{id}' is not a known time zone (use an IANA id such as Asia/Shanghai)");
    }

    public TimeProvider Time { get; } = time;
    public TimeZoneInfo Zone { get; } = zone;
    public DateTimeOffset UtcNow => Time.GetUtcNow();
    public DateTimeOffset LocalNow => TimeZoneInfo.ConvertTime(UtcNow, Zone);
    public DateOnly Today => DateOnly.FromDateTime(LocalNow.DateTime);
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
