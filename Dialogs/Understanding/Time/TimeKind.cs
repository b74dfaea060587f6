namespace ChatBot.Dialogs.Understanding.Time;

/// <summary>What a Chinese time expression amounts to.</summary>
public enum TimeKind
{
    /// <summary>No time expression found.</summary>
    None,
    /// <summary>A calendar date (a deadline, or the day something happened).</summary>
    Date,
    /// <summary>"立即/迅速/会后": the configured window of working days after the reference date.</summary>
    Window,
    /// <summary>"长期坚持/常态化": ongoing work with no due date.</summary>
    Ongoing,
    /// <summary>A deadline a person must supply: vague ("近期/尽快") or anonymised ("X月底前").</summary>
    NeedsDate,
}
