using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Audit;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Instruction;

/// <summary>
/// 批示: a leader whose portfolio holds the item's unit adds an instruction to it. It is kept
/// (<see cref="IInstructions"/>), audited on the item (shown in 记录), and pushed to the unit's head and
/// liaison in their own language, in the same write. The office may not give one for a leader; others are told only leaders may.
/// </summary>
public sealed class InstructionFeature : ITurnFeature
{
    public const int MaxText = 500;

    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct) => Task.FromResult(Handle(turn, intent));

    private static TurnResult Handle(TurnContext turn, Intent intent)
    {
        var lang = turn.Lang;
        var member = turn.Member;
        // The role first, so someone who may not instruct learns nothing about the item's number.
        if (!member.IsLeader) return TurnResult.Of(member.IsOffice ? InstructionTexts.OfficeCannot(lang) : InstructionTexts.LeadersOnly(lang));
        if (ItemLookup.Find(turn, intent, out var notFound) is not { } item) return TurnResult.Of(notFound!);
        var unitName = turn.Store.Roster.Unit(item.UnitId)?.Name ?? item.UnitId;
        if (!member.Portfolio.Contains(item.UnitId)) return TurnResult.Of(InstructionTexts.NotInPortfolio(lang, item.Number, unitName));
        var text = turn.Arg(intent, "text") ?? "";
        if (text.Length == 0) return TurnResult.Of(InstructionTexts.NeedText(lang, item.Number));
        if (text.Length > MaxText) return TurnResult.Of(InstructionTexts.TooLong(lang, MaxText));
        if (!item.IsOpen) return TurnResult.Of(InstructionTexts.Closed(lang, item.Number));

        return turn.Store.Write(s =>
        {
            var people = s.Roster.MembersOf(item.UnitId).Where(m => m.HasRole(item.UnitId, UnitRole.Head, UnitRole.Liaison) && m.Id != member.Id)
                .OrderBy(m => m.HasRole(item.UnitId, UnitRole.Head) ? 0 : 1).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
            var record = new InstructionRecord
            {
                Id = Guid.NewGuid().ToString("N"),
                AssignmentId = item.Id,
                Number = item.Number,
                UnitId = item.UnitId,
                Text = text,
                LeaderId = member.Id,
                At = turn.Clock.UtcNow,
                SentTo = people.Select(p => p.Id).ToList(),
            };
            s.Get<IInstructions>().Add(record);
            turn.Audit(ItemLifecycle.EntityType, item.Id, AuditActions.Instruction, null, text);
            var notices = people.Select(p =>
            {
                var their = turn.LangOf(p);
                var card = AdaptiveCard.New(AdaptiveCard.Text(InstructionTexts.Pushed(their, member.Name, item.Number, item.Task, text)))
                    .WithActions(AdaptiveCard.Submit(InstructionTexts.History(their), Audit.ItemHistoryCapability.History, new JsonObject { ["item"] = item.Number }));
                return ProactiveMessage.ToMember($"instruction:{record.Id}:{p.Id}", p.Id, new Reply(null, card));
            });
            return TurnResult.Of(InstructionTexts.Given(lang, item.Number, unitName, people.Select(p => p.Name).ToList())).Notify(s, notices);
        });
    }
}
