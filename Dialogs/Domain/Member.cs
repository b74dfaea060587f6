namespace ChatBot.Dialogs.Domain;

public sealed class Membership
{
    public string UnitId { get; set; } = "";
    public UnitRole Role { get; set; }
}

/// <summary>A person on the roster, matched to a Teams account by object id or email/UPN.</summary>
public sealed class Member
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? AadObjectId { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>The Teams/channel user id ("29:…") once seen; used to address proactive messages.</summary>
    public string? ChannelUserId { get; set; }
    /// <summary>
    /// The locale of this person's Teams client ("en-US", "zh-CN"), learned from their own activities
    /// (MemberLanguage.Learn); null until they first write or click. Proactive messages use it.
    /// </summary>
    public string? Locale { get; set; }
    public List<Membership> Memberships { get; set; } = [];
    public List<BureauRole> BureauRoles { get; set; } = [];
    /// <summary>Unit ids a leader is in charge of (分管).</summary>
    public List<string> Portfolio { get; set; } = [];
    /// <summary>Denormalised unit ids, indexed for "who is in this unit".</summary>
    public List<string> UnitIds { get; set; } = [];

    public bool IsOffice => BureauRoles.Contains(BureauRole.Office);
    public bool IsLeader => BureauRoles.Contains(BureauRole.Leader);

    public bool HasRole(string unitId, params UnitRole[] roles) =>
        Memberships.Any(m => m.UnitId == unitId && roles.Contains(m.Role));

    /// <summary>Units where this member may act for the unit (head, deputy, liaison).</summary>
    public IEnumerable<string> ResponsibleUnitIds() =>
        Memberships.Where(m => m.Role is UnitRole.Head or UnitRole.Deputy or UnitRole.Liaison).Select(m => m.UnitId).Distinct();
}
