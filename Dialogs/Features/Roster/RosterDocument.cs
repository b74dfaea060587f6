using System.Text.Json.Serialization;
using YamlDotNet.Serialization;

namespace ChatBot.Dialogs.Features.Roster;

/// <summary>
/// The roster file format (seeds/org.json, and the same model in YAML, CSV and .xlsx — see README.md):
/// units by name, members referring to units by name or alias.
/// </summary>
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

    /// <summary>Where the unit was read ("line 12", "sheet units, row 3"), so a problem can be pointed at.</summary>
    [JsonIgnore, YamlIgnore] public string? Where { get; set; }
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
    /// <summary>代理: who stands in for this member and when (the deputy by name or id; days as yyyy-MM-dd). Null when none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<RosterDeputy>? Deputies { get; set; }

    /// <summary>Where the member was read ("line 40", "sheet members, row 7").</summary>
    [JsonIgnore, YamlIgnore] public string? Where { get; set; }
}

/// <summary>One delegation as the roster file carries it on the principal's record.</summary>
public sealed class RosterDeputy
{
    public string Deputy { get; set; } = "";
    public string From { get; set; } = "";
    public string To { get; set; } = "";
}

public sealed class RosterMembership
{
    public string Unit { get; set; } = "";
    /// <summary>"head", "deputy", "liaison", "staff".</summary>
    public string Role { get; set; } = "staff";
}
