namespace ChatBot.Dialogs.Features.Intake.Extraction;

/// <summary>What was read out of one meeting text, before a person reviews it. Nothing here is dispatched.</summary>
public sealed class ExtractionResult
{
    public MeetingInfo Meeting { get; init; } = new();
    public List<ExtractedRelay> Relay { get; init; } = [];
    public List<ExtractedDirective> Directives { get; init; } = [];
}

public sealed class MeetingInfo
{
    public string? Title { get; set; }
    public DateOnly? Date { get; set; }
    public string? Speaker { get; set; }
}

/// <summary>The requirement that units hold relay meetings (传达会议) about this meeting.</summary>
public sealed class ExtractedRelay
{
    /// <summary>Roster names, or ["*"] for every subordinate unit (局属各单位).</summary>
    public List<string> Units { get; init; } = [];
    /// <summary>Meeting forms as written: 班子会议, 干部职工大会, 专题会议…</summary>
    public List<string> Forms { get; init; } = [];
    public string? DeadlineText { get; set; }
    public DateOnly? Due { get; set; }
    /// <summary>The exact sentence, a verbatim substring of the input.</summary>
    public string Source { get; set; } = "";
}

/// <summary>One concrete assignment a unit can check off.</summary>
public sealed class ExtractedDirective
{
    public string Task { get; set; } = "";
    /// <summary>Lead units: roster canonical names, names as written (flagged unknown-owner), persons (flagged), or "*".</summary>
    public List<string> Owners { get; init; } = [];
    public List<string> Assisting { get; init; } = [];
    public string? DeadlineText { get; set; }
    public DateOnly? Due { get; set; }
    /// <summary>Codes for the reviewer: "unknown-owner:名称", "person-owner:分管同志", "needs-date", "no-owner", "ongoing",
    /// and <see cref="ReviewCodes.Unsure"/> when the rules are not sure this is a task at all (shown as 待确认, listed last).</summary>
    public List<string> NeedsReview { get; init; } = [];
    /// <summary>The exact text the directive came from, a verbatim substring of the input.</summary>
    public string Source { get; set; } = "";
}

/// <summary>Review codes shared by the extractors and the review card.</summary>
public static class ReviewCodes
{
    /// <summary>Recall first: the rules keep a clause they are unsure of and mark it, rather than drop it.</summary>
    public const string Unsure = "unsure";
}
