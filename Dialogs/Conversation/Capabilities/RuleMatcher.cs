namespace ChatBot.Dialogs.Conversation.Capabilities;

/// <summary>
/// Where a capability's rules run among all the rules. The more specific a rule, the earlier its band:
/// a pasted document before everything, whole-message commands next, review edits (which name an item
/// and a field) before questions, questions before reports, and the loose "my items" query last.
/// </summary>
public enum RuleOrder
{
    /// <summary>A whole document pasted as the message (meeting text). Runs before the injection guard: a document is data.</summary>
    Document = 100,
    /// <summary>Whole-message commands: 取消, 确认, 帮助, 暂停提醒, 送达情况.</summary>
    Command = 200,
    /// <summary>Edits of a draft under review: 第3条 负责单位 …</summary>
    Edit = 300,
    /// <summary>Questions about people and status: 谁是…负责人, 传达情况.</summary>
    Question = 400,
    /// <summary>Reports that change an item or a meeting: 销号, 进展, 传达了, 签收.</summary>
    Report = 500,
    /// <summary>The broad query whose keywords appear in many sentences: 我的待办 and its filters.</summary>
    Query = 600,
}

/// <summary>What a rule reads: the text normalised (NFKC, trimmed), the message as sent, and the bureau's today for dates.</summary>
public sealed record RuleInput(string Text, string Original, DateOnly Today);

/// <summary>
/// One rule of a capability: runs in <see cref="Order"/>, then by <see cref="Step"/> within the band
/// (lower first); returns the intent it recognises, or null to let the next rule try. No two rules share
/// a place, so the order never depends on the order capabilities were registered in.
/// </summary>
public sealed record RuleMatcher(RuleOrder Order, int Step, Func<RuleInput, Intent?> Match)
{
    /// <summary>The capability that brought the rule.</summary>
    public string Capability { get; init; } = "";
}
