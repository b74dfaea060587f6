namespace ChatBot.Dialogs.Features.Roster.Matching;

/// <summary>A Teams account that wrote to the bot or is in its conversations but matches nobody on the roster.</summary>
public sealed class UnmatchedUser
{
    /// <summary>The channel user id ("29:…").</summary>
    public string Id { get; set; } = "";
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? AadObjectId { get; set; }
    public DateTimeOffset FirstSeen { get; set; }
    public DateTimeOffset LastSeen { get; set; }
}
