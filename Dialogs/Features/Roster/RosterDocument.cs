namespace ChatBot.Dialogs.Features.Roster;

/// <summary>The roster file format (seeds/org.json): units by name, members referring to units by name or alias.</summary>
public sealed class RosterDocument
{
    public List<RosterUnit> Units { get; set; } = [];
    public List<RosterMember> Members { get; set; } = [];
}

public sealed class RosterUnit
{
    public string? Id { get; set; }
    public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public string? Kind { get; set; }
    public string? Parent { get; set; }
}

public sealed class RosterMember
{
    public string? Id { get; set; }
    public string Name { get; set; } = "";
    public string? Email { get; set; }
    public string? AadObjectId { get; set; }
    public string? Phone { get; set; }
    public List<RosterMembership> Units { get; set; } = [];
    /// <summary>"office", "leader".</summary>
    public List<string> Roles { get; set; } = [];
    public List<string> Portfolio { get; set; } = [];
}

public sealed class RosterMembership
{
    public string Unit { get; set; } = "";
    /// <summary>"head", "deputy", "liaison", "staff".</summary>
    public string Role { get; set; } = "staff";
}
