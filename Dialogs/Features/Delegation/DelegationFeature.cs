using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Delegation;

/// <summary>
/// 代理: a head (or liaison, leader, office member) names a deputy for a date range; the deputy is told, and
/// while it lasts receives copies of what the head gets and acts with the head's roles (DelegationScope,
/// DelegationCopies). 取消代理 ends it; a card already answered says who cancelled it and changes nothing.
/// </summary>
public sealed class DelegationFeature : ITurnFeature
{
    public const string IdKey = "delegation";
    public const string EntityType = "delegation";

    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct) => Task.FromResult(
        intent.Name == DelegationCapability.Set ? Set(turn, intent)
        : intent.Name == DelegationCapability.Cancel ? Cancel(turn)
        : List(turn));

    private static bool MayDelegate(Member m) => m.IsOffice || m.IsLeader || m.ResponsibleUnitIds().Any();

    private static TurnResult Set(TurnContext turn, Intent intent)
    {
        var lang = turn.Lang;
        var me = turn.Self;
        if (!MayDelegate(me)) return TurnResult.Of(DelegationTexts.NotAllowed(lang));
        var name = intent.Slot("deputy")?.Trim() ?? "";
        if (name.Length == 0 || Date(intent.Slot("from")) is not { } from || Date(intent.Slot("to")) is not { } to)
            return TurnResult.Of(DelegationTexts.WhoAndWhen(lang));
        var named = turn.Store.Roster.MembersNamed(name);
        if (named.Count == 0) return TurnResult.Of(DelegationTexts.UnknownPerson(lang, name));
        var deputy = named.Count == 1 ? named[0] : named.FirstOrDefault(m => m.UnitIds.Intersect(me.UnitIds).Any());
        if (deputy is null) return TurnResult.Of(DelegationTexts.Ambiguous(lang, name));
        if (deputy.Id == me.Id) return TurnResult.Of(DelegationTexts.NotSelf(lang));
        if (to < from) return TurnResult.Of(DelegationTexts.BadRange(lang));
        if (to < turn.Clock.Today) return TurnResult.Of(DelegationTexts.Past(lang));
        if (to.DayNumber - from.DayNumber > 366) return TurnResult.Of(DelegationTexts.TooLong(lang));

        return turn.Store.Write(s =>
        {
            var repo = s.Get<IDelegations>();
            // Inside the transaction: two requests at once make one delegation, the other is told it overlaps.
            if (repo.OfPrincipal(me.Id).FirstOrDefault(d => d.CancelledAt is null && d.From <= to && from <= d.To) is { } clash)
                return TurnResult.Of(DelegationTexts.Overlaps(lang, s.Roster.Member(clash.DeputyId)?.Name ?? clash.DeputyId, clash.From, clash.To));
            var d = new DelegationRecord
            {
                Id = Guid.NewGuid().ToString("N"), PrincipalId = me.Id, DeputyId = deputy.Id, From = from, To = to,
                CreatedBy = me.Id, CreatedAt = turn.Clock.UtcNow,
            };
            repo.Add(d);
            turn.Audit(EntityType, d.Id, "delegate", null, $"{deputy.Id} {ChatDatesIso(from)}..{ChatDatesIso(to)}");
            return TurnResult.Of(DelegationTexts.Set(lang, deputy.Name, from, to)).Notify(s,
                [ProactiveMessage.ToMember($"delegation:{d.Id}:{deputy.Id}", deputy.Id, new Reply(DelegationTexts.ToldDeputy(turn.LangOf(deputy), me.Name, from, to), null))]);
        });
    }

    private static TurnResult Cancel(TurnContext turn)
    {
        var lang = turn.Lang;
        var me = turn.Self;
        var repo = turn.Store.Get<IDelegations>();
        DelegationRecord? target;
        if (CardValues.Text(turn.Request.Action, IdKey) is { } id)
        {
            target = repo.Get(id);
            if (target is null) return TurnResult.Of(EngineTexts.UnknownAction(lang));
            if (target.PrincipalId != me.Id && !me.IsOffice) return TurnResult.Of(DelegationTexts.NotYours(lang));
        }
        else
        {
            var mine = repo.OfPrincipal(me.Id).Where(d => d.IsCurrentOrComing(turn.Clock.Today)).ToList();
            if (mine.Count == 0) return TurnResult.Of(DelegationTexts.Nothing(lang));
            if (mine.Count > 1) return new TurnResult().Show(ListCard(turn, mine), DelegationTexts.WhichToCancel(lang));
            target = mine[0];
        }

        return turn.Store.Write(s =>
        {
            var r = s.Get<IDelegations>();
            var d = r.Get(target.Id)!;
            var deputy = s.Roster.Member(d.DeputyId);
            var deputyName = deputy?.Name ?? d.DeputyId;
            if (d.CancelledAt is not null)
                return TurnResult.Of(DelegationTexts.AlreadyCancelled(lang, deputyName, s.Roster.Member(d.CancelledBy ?? "")?.Name ?? d.CancelledBy ?? ""));
            if (d.To < turn.Clock.Today) return TurnResult.Of(DelegationTexts.Over(lang, deputyName));
            d.CancelledAt = turn.Clock.UtcNow;
            d.CancelledBy = me.Id;
            r.Update(d);
            turn.Audit(EntityType, d.Id, "cancel", d.DeputyId, null);
            var principal = s.Roster.Member(d.PrincipalId)?.Name ?? d.PrincipalId;
            return TurnResult.Of(DelegationTexts.Cancelled(lang, deputyName)).Notify(s,
                [ProactiveMessage.ToMember($"delegation-cancel:{d.Id}:{d.DeputyId}", d.DeputyId, new Reply(DelegationTexts.ToldCancelled(turn.LangOf(d.DeputyId), principal), null))]);
        });
    }

    private static TurnResult List(TurnContext turn)
    {
        var lang = turn.Lang;
        var me = turn.Self;
        var repo = turn.Store.Get<IDelegations>();
        var today = turn.Clock.Today;
        var mine = repo.OfPrincipal(me.Id).Where(d => d.IsCurrentOrComing(today)).ToList();
        var forOthers = repo.OfDeputy(me.Id).Where(d => d.IsCurrentOrComing(today)).ToList();
        if (mine.Count == 0 && forOthers.Count == 0) return TurnResult.Of(DelegationTexts.ListEmpty(lang));
        var text = new StringBuilder(DelegationTexts.ListTitle(lang));
        foreach (var d in mine) text.Append('\n').Append(DelegationTexts.MyDeputy(lang, Name(turn, d.DeputyId), d.From, d.To));
        foreach (var d in forOthers) text.Append('\n').Append(DelegationTexts.IActFor(lang, Name(turn, d.PrincipalId), d.From, d.To));
        var result = TurnResult.Of(text.ToString());
        return mine.Count > 0 ? result.Show(ListCard(turn, mine)) : result;
    }

    private static JsonObject ListCard(TurnContext turn, IReadOnlyList<DelegationRecord> mine) => AdaptiveCard.New(
            AdaptiveCard.Text(DelegationTexts.ListTitle(turn.Lang).Trim('*'), bold: true))
        .WithActions(mine.Take(5).Select(d => (JsonNode)AdaptiveCard.Submit(DelegationTexts.CancelButton(turn.Lang, Name(turn, d.DeputyId)), DelegationCapability.Cancel,
            new JsonObject { [IdKey] = d.Id })).ToArray());

    private static string Name(TurnContext turn, string id) => turn.Store.Roster.Member(id)?.Name ?? id;

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string ChatDatesIso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
