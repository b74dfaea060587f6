using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Dialogs.Understanding;

namespace ChatBot.Dialogs.Conversation;

/// <summary>
/// The LLM proposes; the bot disposes. A change of state that only the model read out of a message
/// is first shown back to the person ("我理解您要：…") and happens only when they confirm it — by this
/// card's 确认 (which names this proposal, so an older card cannot confirm a newer one) or by typing a
/// confirmation the rules recognise (<see cref="ConfirmationGate"/>). Features whose own next step is
/// a card the person confirms (the relay form prefilled, the intake review and its edits) are let through.
/// </summary>
internal static class LlmProposal
{
    public const string PendingKind = "llm.proposal";
    public const string ConfirmVerb = "confirmProposal";
    public const string CancelVerb = "cancelProposal";
    /// <summary>The card data key that binds a button to one proposal.</summary>
    public const string IdKey = "proposal";

    private static readonly HashSet<string> ShownBackByTheFeature = new(StringComparer.Ordinal)
    {
        Intents.RelayConfirm, Intents.IntakeStart, Intents.IntakeEdit,
    };

    public static bool NeedsConfirmation(Intent intent) =>
        intent.ProposedByLlm && IntentEffects.ChangesState(intent.Name) && !ShownBackByTheFeature.Contains(intent.Name);

    public static string Save(string id, Intent intent) =>
        JsonSerializer.Serialize(new Stored(id, intent.Name, intent.Slots.ToDictionary(s => s.Key, s => s.Value)));

    public static Intent Load(string data)
    {
        var stored = Read(data)!;
        return new Intent(stored.Name, stored.Slots);
    }

    /// <summary>The waiting proposal's id; null when the data is not a proposal this version wrote.</summary>
    public static string? IdOf(string data) => Read(data)?.Id;

    private static Stored? Read(string data)
    {
        try { return JsonSerializer.Deserialize<Stored>(data) is { Name.Length: > 0, Slots: not null } s ? s : null; }
        catch (JsonException) { return null; }
    }

    public static string NewId() => Guid.NewGuid().ToString("N")[..12];

    public static TurnResult Ask(Lang lang, string id, Intent intent)
    {
        var bound = new JsonObject { [IdKey] = id };
        var facts = intent.Slots.Select(s => (Slot(lang, s.Key), s.Value)).ToList();
        var card = AdaptiveCard.New(
                AdaptiveCard.Text(lang.Pick("请确认", "Please confirm"), bold: true, size: "Medium"),
                AdaptiveCard.Text(lang.Pick($"我理解您要：{Action(lang, intent.Name)}。确认后才会执行。",
                    $"I understood: {Action(lang, intent.Name)}. Nothing happens until you confirm.")),
                facts.Count > 0 ? AdaptiveCard.Facts(facts) : null)
            .WithActions(
                AdaptiveCard.Submit(lang.Pick("确认", "Confirm"), ConfirmVerb, bound),
                AdaptiveCard.Submit(lang.Pick("取消", "Cancel"), CancelVerb, bound));
        return new TurnResult().Show(card);
    }

    private static string Action(Lang lang, string intent) => intent switch
    {
        Intents.RelayCorrect => lang.Pick("更正传达记录", "correct a relay record"),
        Intents.CheckOffRequest => lang.Pick("申请销号", "request a check-off"),
        Intents.SignFor => lang.Pick("签收交办事项", "sign for the dispatched items"),
        Intents.ProgressReport => lang.Pick("报告事项进展", "report progress on an item"),
        Intents.CheckOffApprove => lang.Pick("同意销号", "approve a check-off"),
        Intents.CheckOffReturn => lang.Pick("退回销号申请", "send a check-off request back"),
        Intents.RosterChange => lang.Pick("修改名册", "change the roster"),
        Intents.PauseReminders => lang.Pick("暂停提醒", "pause your reminders"),
        Intents.ResumeReminders => lang.Pick("恢复提醒", "resume your reminders"),
        _ => intent,
    };

    private static string Slot(Lang lang, string key) => key switch
    {
        "item" => lang.Pick("事项", "Item"),
        "text" => lang.Pick("内容", "Text"),
        "percent" => lang.Pick("完成比例", "Percent"),
        "attendees" => lang.Pick("参会人数", "Attendees"),
        "date" => lang.Pick("日期", "Date"),
        "forms" => lang.Pick("会议形式", "Meeting"),
        "unit" => lang.Pick("单位", "Unit"),
        "member" => lang.Pick("人员", "Person"),
        "role" => lang.Pick("角色", "Role"),
        "reason" => lang.Pick("理由", "Reason"),
        "days" => lang.Pick("天数", "Days"),
        "note" => lang.Pick("说明", "Note"),
        "task" => lang.Pick("任务", "Task"),
        "action" => lang.Pick("操作", "Action"),
        "value" => lang.Pick("新值", "New value"),
        _ => key,
    };

    private sealed record Stored(string? Id, string Name, Dictionary<string, string> Slots);
}
