using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation.Capabilities;

namespace ChatBot.Dialogs.Conversation;

/// <summary>
/// The LLM proposes; the bot disposes. A change of state that only the model read out of a message
/// is first shown back to the person ("我理解您要：…") and happens only when they confirm it — by this
/// card's 确认 (which names this proposal, so an older card cannot confirm a newer one) or by typing a
/// confirmation the rules recognise (<see cref="ConfirmationGate"/>). Which verbs change state, and which
/// are shown back on their feature's own card (the relay form prefilled, the intake review and its edits,
/// <see cref="VerbEffect.ChangesAfterItsOwnCard"/>) and so are let through, their capabilities say.
/// </summary>
internal static class LlmProposal
{
    public const string PendingKind = "llm.proposal";
    /// <summary>The card data key that binds a button to one proposal.</summary>
    public const string IdKey = "proposal";

    public static bool NeedsConfirmation(Intent intent, CapabilityRegistry capabilities) =>
        intent.ProposedByLlm && capabilities.ChangesState(intent.Name) && !capabilities.ShownBackByTheFeature(intent.Name);

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

    public static TurnResult Ask(Lang lang, string id, Intent intent, CapabilityRegistry capabilities)
    {
        var bound = new JsonObject { [IdKey] = id };
        var facts = intent.Slots.Select(s => (EngineTexts.SlotName(lang, s.Key), s.Value)).ToList();
        var card = AdaptiveCard.New(
                AdaptiveCard.Text(EngineTexts.ProposalTitle(lang), bold: true, size: "Medium"),
                AdaptiveCard.Text(EngineTexts.ProposalUnderstood(lang, capabilities.ProposalAction(lang, intent.Name))),
                facts.Count > 0 ? AdaptiveCard.Facts(facts) : null)
            .WithActions(
                AdaptiveCard.Submit(EngineTexts.ConfirmAction(lang), EngineCapability.ConfirmProposal, bound),
                AdaptiveCard.Submit(EngineTexts.CancelAction(lang), EngineCapability.CancelProposal, bound));
        return new TurnResult().Show(card);
    }

    private sealed record Stored(string? Id, string Name, Dictionary<string, string> Slots);
}
