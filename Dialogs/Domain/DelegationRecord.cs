namespace ChatBot.Dialogs.Domain;

/// <summary>
/// 代理: a head names a deputy for a date range (我12月10日到15日出差，由张三代理). While it lasts the deputy
/// receives what the principal would and may act with the principal's roles; every such change is audited
/// "by deputy for principal".
/// </summary>
public sealed class DelegationRecord
{
    public string Id { get; set; } = "";
    public string PrincipalId { get; set; } = "";
    public string DeputyId { get; set; } = "";
    /// <summary>First and last day, inclusive, in the bureau's time zone.</summary>
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string? CancelledBy { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }

    public bool IsActiveOn(DateOnly day) => CancelledAt is null && From <= day && day <= To;
    /// <summary>Not cancelled and not over by <paramref name="day"/> (active now or later).</summary>
    public bool IsCurrentOrComing(DateOnly day) => CancelledAt is null && To >= day;
}
