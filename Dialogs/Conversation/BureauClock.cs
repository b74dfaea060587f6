namespace ChatBot.Dialogs.Conversation;

/// <summary>The bureau's local time (default Asia/Shanghai) over an injected <see cref="TimeProvider"/>.</summary>
public sealed class BureauClock(TimeProvider time, TimeZoneInfo zone)
{
    public static TimeZoneInfo ResolveZone(string? id) =>
        TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? "Asia/Shanghai" : id);

    public TimeProvider Time { get; } = time;
    public TimeZoneInfo Zone { get; } = zone;
    public DateTimeOffset UtcNow => Time.GetUtcNow();
    public DateTimeOffset LocalNow => TimeZoneInfo.ConvertTime(UtcNow, Zone);
    public DateOnly Today => DateOnly.FromDateTime(LocalNow.DateTime);
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
