namespace ChatBot.Dialogs.Domain;

public enum MeetingStatus
{
    /// <summary>Extracted, under review by the office; nothing dispatched.</summary>
    Draft = 0,
    Dispatched = 1,
    Closed = 2,
    Cancelled = 3,
}

/// <summary>A leadership meeting (or minutes, or task-division plan) whose directives are tracked.</summary>
public sealed class Meeting
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public DateOnly? Date { get; set; }
    public string? Speaker { get; set; }
    public MeetingStatus Status { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
    /// <summary>The conversation where the intake happened; the status card lives there.</summary>
    public string? ChannelConversationId { get; set; }
    public string? StatusCardActivityId { get; set; }
    public List<RelayRequirement> Relay { get; set; } = [];
    /// <summary>督办〔<see cref="DispatchYear"/>〕N号: given in the dispatch transaction (Features/DispatchSheet/DispatchNumbers).</summary>
    public int? DispatchNumber { get; set; }
    public int? DispatchYear { get; set; }
}

/// <summary>Which units must hold which relay meetings (传达会议), and by when.</summary>
public sealed class RelayRequirement
{
    /// <summary>Unit ids, or ["*"] for every subordinate unit.</summary>
    public List<string> UnitIds { get; set; } = [];
    /// <summary>Meeting forms required, e.g. 班子会议, 干部职工大会.</summary>
    public List<string> Forms { get; set; } = [];
    public string? DeadlineText { get; set; }
    public DateOnly? Due { get; set; }
    public string Source { get; set; } = "";
}
