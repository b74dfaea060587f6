using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake.Extraction;
using ChatBot.Dialogs.Features.Intake.Review;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Dialogs.Features.Intake;

/// <summary>
/// 立项: the office sends a meeting text, reviews the numbered extraction, edits it in chat and confirms;
/// only then is anything dispatched. The draft waits in the reviewer's pending state.
/// </summary>
public sealed class IntakeFeature(IMeetingExtractor extractor, IntakeOptions options, ExtractionOptions extraction, IMeetingFileSource? files = null)
    : IPendingFeature
{
    public IReadOnlyCollection<string> Handles { get; } =
        [Intents.IntakeStart, Intents.IntakeEdit, IntakeVerbs.Confirm, IntakeVerbs.Cancel, IntakeVerbs.Page];

    public IReadOnlyCollection<string> PendingKinds { get; } = [IntakeDraft.Kind];

    private TimeSpan ReviewWindow => TimeSpan.FromHours(options.ReviewHours);

    public async Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        if (!turn.Member.IsOffice) return TurnResult.Of(IntakeTexts.OfficeOnly(turn.Lang));
        if (intent.Name == Intents.IntakeStart) return await StartAsync(turn, intent, ct);
        if (intent.Name == Intents.IntakeEdit) return TurnResult.Of(IntakeTexts.NoReview(turn.Lang));

        // A button: find the draft by the reviewer named on the card, so another office member may confirm too.
        var action = turn.Request.Action;
        var draftId = CardValues.Text(action, "draftId");
        var reviewer = CardValues.Text(action, "reviewer") ?? turn.Member.Id;
        var page = CardValues.Number(action, "page", min: 0);
        if (page.IsInvalid) return TurnResult.Of(EngineTexts.UnknownAction(turn.Lang));
        if (draftId is not null && turn.Store.Meetings.FindById(draftId) is { } done)
            return TurnResult.Of(IntakeTexts.AlreadyDispatched(turn.Lang, done.Title));
        var state = turn.Pending.Get(turn.Request.ConversationId, reviewer);
        var draft = state?.Kind == IntakeDraft.Kind ? IntakeDraft.Read(state.Data) : null;
        if (draft is null || draft.Id != draftId) return TurnResult.Of(IntakeTexts.NoReview(turn.Lang));
        if (draft.ExpiresAt <= turn.Clock.UtcNow) return Expire(turn, reviewer);
        return intent.Name switch
        {
            IntakeVerbs.Confirm => IntakeDispatch.Confirm(turn, draft),
            IntakeVerbs.Cancel => Cancel(turn, reviewer),
            _ => Show(turn, draft, null, page: page.Value ?? 0),
        };
    }

    /// <summary>The reviewer's typed edits and 确认 while the review is open; anything else is routed as usual.</summary>
    public Task<TurnResult?> ContinueAsync(TurnContext turn, PendingState pending, Intent intent, CancellationToken ct)
    {
        if (intent.Name is not (Intents.IntakeEdit or Intents.Confirm)) return Task.FromResult<TurnResult?>(null);
        if (!turn.Member.IsOffice) return Task.FromResult<TurnResult?>(TurnResult.Of(IntakeTexts.OfficeOnly(turn.Lang)));
        var draft = IntakeDraft.Read(pending.Data);
        if (draft is null || draft.ExpiresAt <= turn.Clock.UtcNow) return Task.FromResult<TurnResult?>(Expire(turn, turn.Member.Id));
        if (intent.Name == Intents.Confirm) return Task.FromResult<TurnResult?>(IntakeDispatch.Confirm(turn, draft));

        var edits = new DraftEdits(new RosterNames(turn.Store.Units.FindAll().ToList()), new RuleExtractor(extraction),
            new ChineseTimeResolver(extraction.Time), turn.Clock.Today);
        var outcome = edits.Apply(draft, intent, turn.Lang);
        if (!outcome.Applied) return Task.FromResult<TurnResult?>(TurnResult.Of(outcome.Message));
        return Task.FromResult<TurnResult?>(Show(turn, draft, outcome.Message, page: PageOf(intent, draft)));
    }

    private async Task<TurnResult> StartAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        var (text, problem) = await new MeetingTextInput(files, options).ReadAsync(turn, intent, ct);
        if (text is null) return TurnResult.Of(problem!);

        var roster = turn.Store.Units.FindAll().ToList();
        var outcome = await extractor.ExtractAsync(text, roster, turn.Clock.Today, ct);
        if (outcome.Result.Directives.Count == 0 && outcome.Result.Relay.Count == 0)
            return TurnResult.Of(IntakeTexts.NoDirectives(turn.Lang));

        var draft = new IntakeDraft
        {
            Id = $"mt-{turn.Clock.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid().ToString("N")[..6]}",
            ReviewerId = turn.Member.Id,
            ConversationId = turn.Request.ConversationId,
            ConversationType = turn.Request.ConversationType,
            ExpiresAt = turn.Clock.UtcNow + ReviewWindow,
            Extraction = outcome.Result,
            ByRules = outcome.ByRules,
            FallbackReason = outcome.FallbackReason,
        };
        var result = Show(turn, draft, null, 0);
        if (outcome.Result.Directives.Count == 0) result.Replies.Insert(0, new Reply(IntakeTexts.NoDirectives(turn.Lang), null));
        return result;
    }

    /// <summary>Stores the draft and answers with its card. The pending state outlives the review so a late touch can say it expired.</summary>
    private TurnResult Show(TurnContext turn, IntakeDraft draft, string? said, int page)
    {
        draft.Page = page;
        turn.Pending.Set(turn.Request.ConversationId, draft.ReviewerId, IntakeDraft.Kind, draft.Write(), draft.ExpiresAt - turn.Clock.UtcNow + TimeSpan.FromDays(7));
        var expires = turn.Clock.ToLocal(draft.ExpiresAt).ToString("yyyy-MM-dd HH:mm");
        return new TurnResult().Show(ReviewCard.Build(draft, turn.Lang, options.ReviewPageSize, expires), said);
    }

    /// <summary>After an edit, show the page that holds the edited item.</summary>
    private int PageOf(Intent intent, IntakeDraft draft)
    {
        var n = int.TryParse(intent.Slot("item"), out var item) ? item : draft.Items.Count;
        return Math.Max(0, Math.Min(n, draft.Items.Count) - 1) / Math.Max(1, options.ReviewPageSize);
    }

    private TurnResult Expire(TurnContext turn, string reviewer)
    {
        turn.Pending.Clear(turn.Request.ConversationId, reviewer);
        return TurnResult.Of(IntakeTexts.Expired(turn.Lang, options.ReviewHours));
    }

    private static TurnResult Cancel(TurnContext turn, string reviewer)
    {
        turn.Pending.Clear(turn.Request.ConversationId, reviewer);
        return TurnResult.Of(turn.T("已取消，本次会议事项没有下发。", "Cancelled; nothing from this meeting was dispatched."));
    }
}
