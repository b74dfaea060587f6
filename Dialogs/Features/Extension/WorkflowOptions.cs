namespace ChatBot.Dialogs.Features.Extension;

/// <summary>Who answers a unit's 延期申请 (<c>Workflow:ExtensionApprover</c>).</summary>
public enum ExtensionApprover
{
    /// <summary>The office (督办员), as for 销号.</summary>
    Office = 0,
    /// <summary>The leader in charge of the unit (分管领导); the office when the unit has none.</summary>
    Leader = 1,
}

/// <summary>Configuration section "Workflow": the unit workflows' settings.</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflow";

    /// <summary>"Office" (default) or "Leader", as written in configuration; checked at start.</summary>
    public string ExtensionApprover { get; set; } = nameof(Extension.ExtensionApprover.Office);

    /// <summary>When true the office's 同意销号 is refused until the item has evidence (佐证材料) on a progress report or its 销号 request.</summary>
    public bool RequireEvidence { get; set; }

    public ExtensionApprover Approver => Enum.Parse<ExtensionApprover>(ExtensionApprover.Trim(), ignoreCase: true);

    /// <summary>Fails the start with the key's name on anything but Office or Leader (a typo must not silently mean the office).</summary>
    public void Validate()
    {
        var said = ExtensionApprover?.Trim() ?? "";
        if (!Enum.GetNames<ExtensionApprover>().Contains(said, StringComparer.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Workflow:ExtensionApprover must be Office or Leader, not '{ExtensionApprover}'");
    }
}
