using System.Globalization;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Ledger;
using ChatBot.Dialogs.Features.Scoring;
using ChatBot.Dialogs.Items;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Bulletin;

/// <summary>
/// 本月通报: the office drafts the month's bulletin from the figures (<see cref="MonthlyScores"/>), edits
/// it in chat (remove a line, add a line, change the intro) and posts it to the office channel with 发布 —
/// through the outbox, in the same write that marks the draft posted, so it goes out once. Leaders and
/// unit heads asking get their own units' scores (read-only); staff are told the bulletin is per unit.
/// </summary>
public sealed class BulletinFeature(ScoringOptions? scoring = null, BulletinOptions? options = null) : ITurnFeature
{
    public const int MaxLineChars = 500;
    public const string AuditEntity = "bulletin";
    /// <summary>The bulletin was posted (To = the conversation it went to).</summary>
    public const string AuditPost = "bulletinPost";

    private readonly ScoringOptions _scoring = scoring ?? new ScoringOptions();
    private readonly BulletinOptions _options = options ?? new BulletinOptions();

    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct) => Task.FromResult(
        intent.Is(BulletinCapability.Post) ? Post(turn)
        : intent.Is(BulletinCapability.Edit) ? Edit(turn, intent)
        : Draft(turn, intent));

    private TurnResult Draft(TurnContext turn, Intent intent)
    {
        var lang = turn.Lang;
        if (Month(intent.Slot("month"), turn.Clock.Today) is not { } month) return TurnResult.Of(BulletinTexts.BadMonth(lang));
        var (year, m) = month;
        if (new DateOnly(year, m, 1) > turn.Clock.Today) return TurnResult.Of(BulletinTexts.FutureMonth(lang, year, m));

        var scope = LedgerAccess.Units(turn.Member);
        if (scope is { Count: 0 }) return TurnResult.Of(BulletinTexts.OfficeOnlyNoScope(lang));
        var sheet = MonthlyScores.Compute(turn.Store, _scoring, year, m, turn.Clock.Today, turn.Clock.Zone, scope);
        if (scope is not null)
        {
            // Not the office: their units' scores, read-only, with every figure behind the score.
            var view = BulletinRender.FromSheet(sheet, lang);
            var card = BulletinRender.Card(view, editable: false, title: BulletinTexts.ScoresTitle(lang, year, m));
            card["body"]!.AsArray().Add(AdaptiveCard.Text(BulletinTexts.Formula(lang), size: "Small", subtle: true));
            foreach (var u in sheet.Units) card["body"]!.AsArray().Add(AdaptiveCard.Text(BulletinTexts.ScoreRow(lang, u), size: "Small"));
            return new TurnResult().Show(CardSize.Guard(card), BulletinTexts.ScoresSummary(lang, year, m, sheet.Units.Count));
        }

        var draft = BulletinRender.FromSheet(sheet, lang);
        draft.Id = Guid.NewGuid().ToString("N");
        draft.OwnerId = turn.Member.Id;
        draft.ConversationId = turn.Request.ConversationId;
        draft.ConversationType = turn.Request.ConversationType;
        draft.CreatedAt = turn.Clock.UtcNow;
        draft.ExpiresAt = turn.Clock.UtcNow.AddHours(_options.DraftHours);
        turn.Store.Write(s =>
        {
            var drafts = s.Get<IBulletinDrafts>();
            // One draft is edited at a time: the owner's older drafts are replaced (their buttons then say so).
            foreach (var old in drafts.OfOwner(turn.Member.Id).Where(x => x.Status == BulletinStatus.Draft))
            {
                old.Status = BulletinStatus.Replaced;
                drafts.Put(old);
            }
            drafts.Put(draft);
        });
        return new TurnResult().Show(DraftCard(turn, draft), BulletinTexts.Drafted(lang, year, m, draft.Lines.Count));
    }

    private TurnResult Edit(TurnContext turn, Intent intent)
    {
        var lang = turn.Lang;
        if (!turn.Member.IsOffice) return TurnResult.Of(BulletinTexts.OfficeOnlyEdit(lang));
        var op = intent.Slot("op");
        var text = turn.Arg(intent, "text") ?? "";
        if (op is "add" or "intro" && text.Length == 0) return TurnResult.Of(op == "add" ? BulletinTexts.NeedLineText(lang) : BulletinTexts.NeedIntro(lang));
        if (text.Length > MaxLineChars) return TurnResult.Of(BulletinTexts.TooLong(lang, MaxLineChars));

        return turn.Store.Write(s =>
        {
            var drafts = s.Get<IBulletinDrafts>();
            var draft = drafts.OfOwner(turn.Member.Id).FirstOrDefault();
            if (Refusal(turn, draft) is { } refused) return TurnResult.Of(refused);
            switch (op)
            {
                case "remove":
                    var n = TurnArgs.ParseNumber(intent.Slot("line")) ?? 0;
                    if (n < 1 || n > draft!.Lines.Count) return TurnResult.Of(BulletinTexts.NoSuchLine(lang, n, draft!.Lines.Count));
                    draft.Lines.RemoveAt(n - 1);
                    break;
                case "add":
                    draft!.Lines.Add(new BulletinLine { Kind = BulletinLine.Added, Text = text });
                    break;
                case "intro":
                    draft!.Intro = text;
                    break;
                default:
                    return TurnResult.Of(EngineTexts.UnknownAction(lang));
            }
            drafts.Put(draft);
            return new TurnResult().Show(DraftCard(turn, draft), BulletinTexts.Edited(lang));
        });
    }

    private TurnResult Post(TurnContext turn)
    {
        var lang = turn.Lang;
        if (!turn.Member.IsOffice) return TurnResult.Of(BulletinTexts.OfficeOnlyEdit(lang));
        var named = CardValues.Text(turn.Request.Action, "draftId");
        return turn.Store.Write(s =>
        {
            // Decided on the draft as the transaction sees it, so two presses post once.
            var drafts = s.Get<IBulletinDrafts>();
            var draft = named is not null ? drafts.Get(named) : drafts.OfOwner(turn.Member.Id).FirstOrDefault();
            if (named is not null && draft is null) return TurnResult.Of(EngineTexts.UnknownAction(lang));
            if (Refusal(turn, draft) is { } refused) return TurnResult.Of(refused);
            if (Target(s, draft!) is not { } target) return TurnResult.Of(BulletinTexts.NoChannel(lang));

            draft!.Status = BulletinStatus.Posted;
            draft.PostedBy = turn.Member.Id;
            draft.PostedAt = turn.Clock.UtcNow;
            draft.PostedTo = target;
            drafts.Put(draft);
            turn.Audit(AuditEntity, draft.Id, AuditPost, nameof(BulletinStatus.Draft), target);
            var card = BulletinRender.Card(draft, editable: false, out var cut);
            var notices = new List<ProactiveMessage> { ProactiveMessage.ToConversation($"bulletin:{draft.Id}", target, new Reply(null, card)) };
            // The whole ranking in words when the card could not hold it.
            if (cut)
                notices.Add(ProactiveMessage.ToConversation($"bulletin:{draft.Id}:text", target, new Reply(BulletinRender.Text(draft), null)));
            return TurnResult.Of(BulletinTexts.Posted(lang, draft.Year, draft.Month)).Notify(s, notices);
        });
    }

    /// <summary>Why this draft cannot be edited or posted: none, already posted, replaced by a newer one, expired.</summary>
    private static string? Refusal(TurnContext turn, BulletinDraft? draft)
    {
        var lang = turn.Lang;
        if (draft is null) return BulletinTexts.NoDraft(lang);
        if (draft.Status == BulletinStatus.Posted)
            return BulletinTexts.AlreadyPosted(lang, turn.Store.Roster.Member(draft.PostedBy ?? "")?.Name ?? draft.PostedBy ?? "", turn.Clock.ToLocal(draft.PostedAt ?? draft.CreatedAt));
        if (draft.Status == BulletinStatus.Replaced) return BulletinTexts.Replaced(lang);
        if (draft.ExpiresAt <= turn.Clock.UtcNow) return BulletinTexts.Expired(lang);
        return null;
    }

    /// <summary>Bulletin:ConversationId; else the channel it was drafted in; else the channel of the latest dispatched meeting.</summary>
    private string? Target(IStoreSession s, BulletinDraft draft)
    {
        if (!string.IsNullOrWhiteSpace(_options.ConversationId)) return _options.ConversationId.Trim();
        if (draft.ConversationType == "channel") return draft.ConversationId;
        return s.Meetings.All().Where(m => m.ChannelConversationId is not null && m.DispatchedAt is not null)
            .OrderByDescending(m => m.DispatchedAt).ThenBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault()?.ChannelConversationId;
    }

    private static System.Text.Json.Nodes.JsonObject DraftCard(TurnContext turn, BulletinDraft draft) =>
        BulletinRender.Card(draft, editable: true, BulletinTexts.Expires(BulletinRender.LangOf(draft), turn.Clock.ToLocal(draft.ExpiresAt)));

    /// <summary>The month asked for: "this", "last", "yyyy-MM", or a month number (this year's, or last year's while it is still to come).</summary>
    internal static (int Year, int Month)? Month(string? slot, DateOnly today)
    {
        switch (slot?.Trim().ToLowerInvariant())
        {
            case null or "" or "this": return (today.Year, today.Month);
            case "last": var last = today.AddMonths(-1); return (last.Year, last.Month);
        }
        if (DateOnly.TryParseExact(slot.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) return (iso.Year, iso.Month);
        if (int.TryParse(slot, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 12)
            return n > today.Month ? (today.Year - 1, n) : (today.Year, n);
        return null;
    }
}
