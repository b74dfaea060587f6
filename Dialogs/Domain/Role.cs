namespace ChatBot.Dialogs.Domain;

/// <summary>A member's role inside one unit.</summary>
public enum UnitRole
{
    Staff = 0,
    Liaison = 1,
    Deputy = 2,
    Head = 3,
}

/// <summary>Roles that are not tied to one unit.</summary>
public enum BureauRole
{
    /// <summary>督办员 / 办公室: intake, dispatch, check-off, roster.</summary>
    Office = 0,
    /// <summary>局领导 / 分管领导: escalations for the units of their portfolio.</summary>
    Leader = 1,
}
