namespace ChatBot.Dialogs.Domain;

public enum AssignmentStatus
{
    Dispatched = 0,
    SignedFor = 1,
    InProgress = 2,
    CheckOffRequested = 3,
    Closed = 4,
    SentBack = 5,
}

public enum AssignmentRole
{
    Lead = 0,
    Assisting = 1,
}

/// <summary>A directive as owed by one unit (directive × unit), optionally to named people.</summary>
public sealed class Assignment
{
    public string Id { get; set; } = "";
    /// <summary>Bureau-wide item number users type ("第3条").</summary>
    public int Number { get; set; }
    public string DirectiveId { get; set; } = "";
    public string MeetingId { get; set; } = "";
    public string UnitId { get; set; } = "";
    public AssignmentRole Role { get; set; }
    public string Task { get; set; } = "";
    public DateOnly? Due { get; set; }
    public string? DeadlineText { get; set; }
    /// <summary>The deadline as first dispatched, kept once an approved extension (延期) has moved <see cref="Due"/>.</summary>
    public DateOnly? OriginalDue { get; set; }
    public AssignmentStatus Status { get; set; }
    /// <summary>Members personally responsible (staff see these as their own items).</summary>
    public List<string> AssigneeMemberIds { get; set; } = [];
    public int? Percent { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? SignedBy { get; set; }
    public DateTimeOffset? SignedAt { get; set; }
    /// <summary>转派 (一级管一级): the item this one was passed down from by its unit's head; null for an item the office dispatched.</summary>
    public string? ParentId { get; set; }
    /// <summary>The unit of <see cref="ParentId"/>'s item: its head, deputy or liaison see this item and review its 销号 (逐级审核).</summary>
    public string? ParentUnitId { get; set; }

    public bool IsOpen => Status is not AssignmentStatus.Closed;
}
