namespace ChatBot.Dialogs.Features.Bulletin;

public enum BulletinStatus
{
    Draft = 0,
    Posted = 1,
    /// <summary>A newer draft of the same owner replaced it.</summary>
    Replaced = 2,
}

/// <summary>A numbered line of the bulletin the office may remove: a unit with overdue items, a relay meeting not held, a line they added.</summary>
public sealed class BulletinLine
{
    public string Kind { get; set; } = "";
    public string Text { get; set; } = "";

    public const string Overdue = "overdue";
    public const string Relay = "relay";
    public const string Added = "added";
}

/// <summary>One row of the 按期办结率 ranking, as it stood when the draft was made.</summary>
public sealed class BulletinRank
{
    public int Rank { get; set; }
    public string UnitName { get; set; } = "";
    public int Due { get; set; }
    public int OnTime { get; set; }
    public int Late { get; set; }
    public int Overdue { get; set; }
    /// <summary>按期办结率 as shown ("87.5%").</summary>
    public string Rate { get; set; } = "";
    public double Score { get; set; }
}

/// <summary>
/// 本月通报 being edited by the office before it is posted: data with its own id, owner and expiry
/// (not a pending question), so it survives restarts, and an old card's button finds it and says what became of it.
/// The figures are a snapshot taken when it was drafted; posting sends the draft as edited.
/// </summary>
public sealed class BulletinDraft
{
    public string Id { get; set; } = "";
    public string OwnerId { get; set; } = "";
    /// <summary>Where it was drafted (the reply goes there; a channel is also where it is posted when no channel is configured).</summary>
    public string ConversationId { get; set; } = "";
    public string ConversationType { get; set; } = "personal";
    /// <summary>zh-CN or en-US: the language it was drafted and is posted in.</summary>
    public string Locale { get; set; } = "zh-CN";
    public int Year { get; set; }
    public int Month { get; set; }
    public DateOnly AsOf { get; set; }
    public string Intro { get; set; } = "";
    public List<BulletinRank> Ranking { get; set; } = [];
    /// <summary>Units in scope with nothing due in the month (not ranked).</summary>
    public int Unranked { get; set; }
    public List<BulletinLine> Lines { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public BulletinStatus Status { get; set; }
    public string? PostedBy { get; set; }
    public DateTimeOffset? PostedAt { get; set; }
    public string? PostedTo { get; set; }
}
