namespace ChatBot.Dialogs.Domain;

/// <summary>An organisational unit of the bureau (科、处、办、大队、中队、中心…).</summary>
public sealed class Unit
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public string? ParentId { get; set; }
    /// <summary>Free-form kind as the bureau says it: 科, 处, 办, 大队, 中心…</summary>
    public string Kind { get; set; } = "";

    public IEnumerable<string> AllNames() => Aliases.Prepend(Name);
}
