using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake.Extraction;
using ChatBot.Dialogs.Features.Intake.Review;
using ChatBot.Dialogs.Understanding.Rules;
using ChatBot.Dialogs.Understanding.Time;
using ChatBot.Dialogs.Conversation.Capabilities;

namespace ChatBot.Dialogs.Features.Intake;

/// <summary>
/// 立项: the office sends a meeting text, reviews the numbered extraction, edits it in chat and confirms;
/// only then is anything dispatched. The draft is a document of its own (<see cref="IntakeDrafts"/>), which
/// the reviewer's pending question points at; its card is posted
/// once through the outbox and updated in place after every edit. With a language model the text is
/// read in the background: "正在分析…" at once, the card when ready.
/// </summary>
public sealed class IntakeFeature(IMeetingExtractor extractor, IntakeOptions options, ExtractionOptions extraction,
    IMeetingFileSource? files = null, IProactiveSink? sink = null)
    : IPendingFeature
{
    public IReadOnlyCollection<string> PendingKinds { get; } = [IntakeDraft.Kind];

    private TimeSpan ReviewWindow => TimeSpan.FromHours(options.ReviewHours);

    /// <summary>How long a background analysis may hold the review slot before a new text may replace it.</summary>
    private static readonly TimeSpan AnalysisWindow = TimeSpan.FromMinutes(30);

    /// <summary>The background analyses still running (tests wait on them; a stopping bot cancels them).</summary>
    public Task Analyses => Task.WhenAll(_running.Keys);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Task, byte> _running = new();

    public async Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        if (!turn.Member.IsOffice) return TurnResult.Of(IntakeTexts.OfficeOnly(turn.Lang));
        if (intent.Is(IntakeCapability.Start)) return await StartAsync(turn, intent, ct);
        if (intent.Is(IntakeCapability.Edit)) return TurnResult.Of(IntakeTexts.NoReview(turn.Lang));

        // A button: find the draft by the reviewer named on the card, so another office member may confirm too.
        var action = turn.Request.Action;
        var draftId = CardValues.Text(action, "draftId");
        var reviewer = CardValues.Text(action, "reviewer") ?? turn.Member.Id;
        var page = CardValues.Number(action, "page", min: 0);
        if (page.IsInvalid) return TurnResult.Of(EngineTexts.UnknownAction(turn.Lang));
        if (draftId is not null && turn.Store.Meetings.Get(draftId) is { } done)
            return TurnResult.Of(IntakeTexts.AlreadyDispatched(turn.Lang, done.Title));
        var draft = draftId is null ? null : IntakeDrafts.Find(turn.Store, draftId);
        if (draft is null || draft.ReviewerId != reviewer || draft.ConversationId != turn.Request.ConversationId)
            return TurnResult.Of(IntakeTexts.NoReview(turn.Lang));
        if (draft.ExpiresAt <= turn.Clock.UtcNow) return Expire(turn, draft);
        return intent.Is(IntakeCapability.Confirm) ? Close(turn, draft, IntakeDispatch.Confirm(turn, draft))
            : intent.Is(IntakeCapability.Cancel) ? Cancel(turn, draft, reviewer)
            : Show(turn, draft, null, page: page.Value ?? 0);
    }

    /// <summary>The reviewer's typed edits and 确认 while the review is open; anything else is routed as usual.</summary>
    public Task<TurnResult?> ContinueAsync(TurnContext turn, PendingState pending, Intent intent, CancellationToken ct) =>
        Task.FromResult(Continue(turn, pending, intent));

    private TurnResult? Continue(TurnContext turn, PendingState pending, Intent intent)
    {
        // The review commands are a fixed grammar the card teaches: the rules read them exactly, so a list
        // like 删除第3、5、7条 is never narrowed to one item, whatever understood the message first.
        if (turn.Request.Text is { Length: > 0 } typed && RuleIntentRecognizer.Recognize(typed, turn.Clock.Today) is { } ruled && ruled.Is(IntakeCapability.Edit))
            intent = ruled;
        if (!intent.Is(IntakeCapability.Edit) && !intent.Is(EngineCapability.Confirm)) return null;
        if (!turn.Member.IsOffice) return TurnResult.Of(IntakeTexts.OfficeOnly(turn.Lang));
        var draft = IntakeDrafts.Find(turn.Store, pending.Data);
        if (draft is { Analysing: true }) return TurnResult.Of(IntakeTexts.StillAnalysing(turn.Lang));
        if (draft is null)
        {
            turn.Pending.Clear(turn.Request.ConversationId, turn.Member.Id, IntakeDraft.Kind);
            return TurnResult.Of(IntakeTexts.Expired(turn.Lang, options.ReviewHours));
        }
        if (draft.ExpiresAt <= turn.Clock.UtcNow) return Expire(turn, draft);
        if (intent.Name == EngineCapability.Confirm) return Close(turn, draft, IntakeDispatch.Confirm(turn, draft));

        var edits = new DraftEdits(new RosterNames(turn.Store.Roster.Units().ToList()), new RuleExtractor(extraction),
            new ChineseTimeResolver(extraction.Time), turn.Clock.Today);
        var outcome = edits.Apply(draft, intent, turn.Lang, turn.Request.Text);
        if (!outcome.Applied) return TurnResult.Of(outcome.Message);
        return Show(turn, draft, outcome.Message, page: PageOf(outcome.Item ?? 1, draft));
    }

    private async Task<TurnResult> StartAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        var (text, problem) = await new MeetingTextInput(files, options).ReadAsync(turn, intent, ct);
        if (text is null) return TurnResult.Of(problem!);

        var roster = turn.Store.Roster.Units().ToList();
        if (extractor.RunsInBackground && sink is not null) return StartInBackground(turn, text, roster, ct);
        var outcome = await extractor.ExtractAsync(text, roster, turn.Clock.Today, ct);
        return Review(turn, NewDraft(turn, outcome), text);
    }

    /// <summary>The model may take longer than a chat turn may: answer at once, deliver the card through the outbox.</summary>
    private TurnResult StartInBackground(TurnContext turn, string text, List<Unit> roster, CancellationToken ct)
    {
        var placeholder = NewDraft(turn, new ExtractionOutcome(new ExtractionResult(), ByRules: false));
        placeholder.Analysing = true;
        IntakeDrafts.Save(turn, placeholder, AnalysisWindow);
        var today = turn.Clock.Today;
        var work = Task.Run(async () =>
        {
            TurnResult result;
            try
            {
                var outcome = await extractor.ExtractAsync(text, roster, today, ct);
                // The office may have cancelled, or sent another text, while the model read this one.
                if (IntakeDrafts.Current(turn, turn.Request.ConversationId, placeholder.ReviewerId)?.Id != placeholder.Id) return;
                var draft = NewDraft(turn, outcome);
                draft.Id = placeholder.Id;
                result = Review(turn, draft, text);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                IntakeDrafts.Remove(turn, turn.Request.ConversationId, placeholder.ReviewerId, placeholder.Id);
                result = TurnResult.Of(IntakeTexts.AnalysisFailed(turn.Lang));
            }
            sink!.Deliver(ToReviewer(turn, placeholder, result));
        }, CancellationToken.None);
        _running.TryAdd(work, 0);
        work.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
        return TurnResult.Of(IntakeTexts.Analysing(turn.Lang, text.Length));
    }

    /// <summary>A background result for the reviewer's conversation: its texts as messages, its card as it is (already addressed).</summary>
    private static IEnumerable<ProactiveMessage> ToReviewer(TurnContext turn, IntakeDraft draft, TurnResult result)
    {
        var n = 0;
        foreach (var reply in result.Replies)
            yield return ReviewMessage(turn, $"review:{draft.Id}:note{++n}", reply, updateKey: null);
        foreach (var message in result.Proactive) yield return message;
    }

    private IntakeDraft NewDraft(TurnContext turn, ExtractionOutcome outcome)
    {
        // Recall first: what the rules are unsure of comes after what they are sure of, in text order within each.
        var items = outcome.Result.Directives.OrderBy(d => ReviewCard.IsUnsure(d) ? 1 : 0).ToList();
        outcome.Result.Directives.Clear();
        outcome.Result.Directives.AddRange(items);
        return new IntakeDraft
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
    }

    /// <summary>The first card of a review, or the answer that there is nothing to review (then nothing is kept).</summary>
    private TurnResult Review(TurnContext turn, IntakeDraft draft, string text)
    {
        if (draft.Items.Count == 0 && draft.Extraction.Relay.Count == 0)
        {
            IntakeDrafts.Remove(turn, turn.Request.ConversationId, draft.ReviewerId, draft.Id);
            return TurnResult.Of(MeetingTextInput.HasChinese(text) ? IntakeTexts.NoDirectives(turn.Lang) : IntakeTexts.NotChinese(turn.Lang));
        }
        var result = Show(turn, draft, null, 0);
        if (draft.Items.Count == 0) result.Replies.Insert(0, new Reply(IntakeTexts.NoDirectives(turn.Lang), null));
        return result;
    }

    /// <summary>
    /// Stores the draft and posts its card — the first time as a new message, after that as an update of
    /// the same message (the outbox's update key), so a review of twenty edits is still one card. The
    /// draft is kept a week past its expiry so a late touch can say it expired.
    /// </summary>
    private TurnResult Show(TurnContext turn, IntakeDraft draft, string? said, int page)
    {
        draft.Page = page;
        draft.Revision++;
        IntakeDrafts.Save(turn, draft, draft.ExpiresAt - turn.Clock.UtcNow + TimeSpan.FromDays(7));
        var expires = turn.Clock.ToLocal(draft.ExpiresAt).ToString("yyyy-MM-dd HH:mm");
        var card = ReviewCard.Build(draft, new ReviewCard.Context(turn.Lang, options.ReviewPageSize, expires, turn.Clock.Today, turn.Store.Roster.Units().Count(u => u.ParentId is null)));
        var result = new TurnResult();
        if (said is not null) result.Say(said + IntakeTexts.CardUpdated(turn.Lang));
        result.Proactive.Add(ReviewMessage(turn, $"{draft.CardKey}:{draft.Revision}", new Reply(null, card), draft.CardKey) with { Version = draft.Revision });
        return result;
    }

    /// <summary>A message into the review's conversation: the channel or group chat, or the reviewer's 1:1 chat.</summary>
    private static ProactiveMessage ReviewMessage(TurnContext turn, string key, Reply reply, string? updateKey) =>
        turn.Request.ConversationType is "channel" or "groupChat"
            ? ProactiveMessage.ToConversation(key, turn.Request.ConversationId, reply, updateKey)
            : new ProactiveMessage(key, turn.Member.Id, null, reply, updateKey);

    /// <summary>Once dispatched, the review card turns into a short record without buttons, so nobody clicks it again.</summary>
    private static TurnResult Close(TurnContext turn, IntakeDraft draft, TurnResult dispatched)
    {
        if (turn.Store.Meetings.Get(draft.Id) is not { } meeting) return dispatched;
        var card = ReviewCard.Closed(turn.Lang, IntakeTexts.ClosedDispatched(turn.Lang, meeting.Title, draft.Items.Count));
        dispatched.Proactive.Add(ReviewMessage(turn, $"{draft.CardKey}:closed", new Reply(null, card), draft.CardKey) with { Version = int.MaxValue });
        return dispatched;
    }

    /// <summary>After an edit, show the page that holds the edited item.</summary>
    private int PageOf(int item, IntakeDraft draft) =>
        Math.Max(0, Math.Min(item, draft.Items.Count) - 1) / Math.Max(1, options.ReviewPageSize);

    private TurnResult Expire(TurnContext turn, IntakeDraft draft)
    {
        IntakeDrafts.Remove(turn, draft.ConversationId, draft.ReviewerId, draft.Id);
        return TurnResult.Of(IntakeTexts.Expired(turn.Lang, options.ReviewHours));
    }

    /// <summary>取消 typed while the review was the newest question: the review goes with it.</summary>
    public void Cancelled(TurnContext turn, PendingState pending) => IntakeDrafts.Remove(turn, pending.ConversationId, pending.MemberId, pending.Data);

    private static TurnResult Cancel(TurnContext turn, IntakeDraft draft, string reviewer)
    {
        IntakeDrafts.Remove(turn, draft.ConversationId, reviewer, draft.Id);
        var result = TurnResult.Of(IntakeTexts.Cancelled(turn.Lang));
        result.Proactive.Add(ReviewMessage(turn, $"{draft.CardKey}:closed", new Reply(null, ReviewCard.Closed(turn.Lang, IntakeTexts.Cancelled(turn.Lang))), draft.CardKey) with { Version = int.MaxValue });
        return result;
    }
}
