using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Roster.Matching;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.Logging;
using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Features.Intake;

namespace ChatBot.Dialogs.Conversation;

/// <summary>
/// One turn in, replies out: understands the turn of an already resolved member and routes it to a
/// feature. The channel resolves the member once, before the turn (Bot/Channel/Pipeline).
/// </summary>
public sealed class TurnEngine
{
    /// <summary>Longer messages are refused outright; meeting texts below it go to intake, which has its own limit.</summary>
    public const int MaxChatText = 100_000;

    private readonly IStore _store;
    private readonly BureauClock _clock;
    private readonly IIntentRecognizer _recognizer;
    private readonly ILogger<TurnEngine> _log;
    private readonly BureauLanguage _bureau;
    private readonly CapabilityRegistry _capabilities;
    private readonly Dictionary<string, ITurnFeature> _routes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IPendingFeature> _pendingOwners = new(StringComparer.Ordinal);

    /// <param name="features">The capabilities' handlers; each verb goes to the handler its capability names.</param>
    /// <param name="capabilities">The registered capabilities; every built-in one when null (tests, bench).</param>
    public TurnEngine(IStore store, BureauClock clock, IIntentRecognizer recognizer, IEnumerable<ITurnFeature> features, ILogger<TurnEngine> log,
        BureauLanguage? bureau = null, CapabilityRegistry? capabilities = null)
    {
        _bureau = bureau ?? BureauLanguage.Chinese;
        _store = store;
        _clock = clock;
        _recognizer = recognizer;
        _log = log;
        _capabilities = capabilities ?? CapabilityRegistry.BuiltIn;
        // One handler per type: a handler registered twice (a host's own line and its capability's) is one route.
        var handlers = new Dictionary<Type, ITurnFeature>();
        foreach (var feature in features)
            handlers.TryAdd(feature.GetType(), feature);
        foreach (var spec in _capabilities.Verbs)
            if (_capabilities.HandlerOf(spec.Verb.Name) is { } type && handlers.TryGetValue(type, out var handler))
                _routes[spec.Verb.Name] = handler;
        foreach (var pending in handlers.Values.OfType<IPendingFeature>())
            foreach (var kind in pending.PendingKinds)
                _pendingOwners[kind] = pending;
    }

    /// <summary>The turn of <paramref name="member"/>, who the channel's pipeline resolved from the activity.</summary>
    public async Task<TurnResult> HandleAsync(TurnRequest request, Member member, CancellationToken ct)
    {
        var result = await HandleCoreAsync(request, member, ct);
        // Whatever a feature built, no card leaves over Teams' size (the features page their lists first).
        foreach (var card in result.Replies.Select(r => r.Card).Concat(result.Proactive.Select(p => p.Message.Card)).Append(result.CardResponse))
            if (card is not null) CardSize.Guard(card);
        return result;
    }

    /// <summary>
    /// For callers without the channel's pipeline (tests, benchmarks): looks the speaker up with the same
    /// one matcher, read only (binding an account is the pipeline's, audited), then runs the turn;
    /// someone not on the roster is told so.
    /// </summary>
    public Task<TurnResult> HandleAsync(TurnRequest request, CancellationToken ct)
    {
        var member = AccountMatcher.Lookup(_store, AccountMatcher.AccountOf(request.Speaker));
        if (member is not null) return HandleAsync(request, member, ct);
        _log.LogInformation("Turn from a user not on the roster ({ChannelUserId})", request.Speaker.ChannelUserId);
        return Task.FromResult(TurnResult.Of(EngineTexts.NotOnRoster(request.Lang, request.Speaker.Name)));
    }

    private async Task<TurnResult> HandleCoreAsync(TurnRequest request, Member member, CancellationToken ct)
    {
        var lang = request.Lang;
        // 代理: a deputy acts with the roles of those they stand in for today; the audit says for whom.
        var (acting, principals) = Features.Delegation.DelegationScope.Resolve(_store, member, _clock.Today);
        var turn = new TurnContext(request, acting, _store, _clock, _bureau) { Self = member, Principals = principals };
        lang = turn.Lang;
        Intent intent;
        if (request.Verb == EngineCapability.ConfirmProposal)
        {
            if (TakeProposal(turn) is not { } confirmed) return TurnResult.Of(EngineTexts.UnknownAction(lang));
            intent = confirmed;
        }
        else if (request.Verb == EngineCapability.CancelProposal)
        {
            return TurnResult.Of(TakeProposal(turn) is null ? EngineTexts.UnknownAction(lang) : EngineTexts.Cancelled(lang));
        }
        else if (request.Verb is { } verb)
        {
            intent = Intent.Of(verb);
        }
        else if (request.Action is not null && string.IsNullOrWhiteSpace(request.Text) && request.Files.Count == 0)
        {
            // A card's data without a verb that is a string: no button of ours sent it.
            return TurnResult.Of(EngineTexts.UnknownAction(lang));
        }
        else
        {
            var text = request.Text?.Trim() ?? "";
            if (text.Length == 0 && request.Files.Count == 0) return TurnResult.Of(EngineTexts.Empty(lang));
            if (text.Length > MaxChatText) return TurnResult.Of(EngineTexts.TooLong(lang, MaxChatText));
            intent = text.Length > 0
                ? ConfirmationGate.Apply(await _recognizer.RecognizeAsync(text, lang, new RecognitionContext(request.ConversationId, member.Id), ct), text)
                : FilesAlone(request.Files);
            if (await ContinuePendingAsync(turn, intent, ct) is { } continued) return continued;
        }

        if (!_routes.TryGetValue(intent.Name, out var feature))
        {
            _log.LogInformation("No feature for intent {Intent}", intent.Name);
            return TurnResult.Of(request.Verb is null ? EngineTexts.NotUnderstood(lang) : EngineTexts.UnknownAction(lang));
        }
        if (LlmProposal.NeedsConfirmation(intent, _capabilities))
        {
            var id = LlmProposal.NewId();
            turn.Pending.Set(request.ConversationId, member.Id, LlmProposal.PendingKind, LlmProposal.Save(id, intent), TimeSpan.FromMinutes(30));
            return LlmProposal.Ask(lang, id, intent, _capabilities);
        }
        var result = await feature.HandleAsync(turn, intent, ct);
        if (intent.UnderstoodByRulesAfterLlmFailure)
            result.Replies.Insert(0, new Reply(EngineTexts.RulesFallback(lang), null));
        return result;
    }

    /// <summary>
    /// The proposal a 确认/取消 button names, taken off the waiting list; null when that proposal is no
    /// longer the one waiting (confirmed, dropped, expired, or the button is from another card).
    /// </summary>
    private static Intent? TakeProposal(TurnContext turn)
    {
        var state = turn.Pending.Live(turn.Request.ConversationId, turn.Member.Id, LlmProposal.PendingKind);
        if (state is null) return null;
        var id = CardValues.Text(turn.Request.Action, LlmProposal.IdKey);
        if (id is null || LlmProposal.IdOf(state.Data) != id) return null;
        turn.Pending.Clear(turn.Request.ConversationId, turn.Member.Id, LlmProposal.PendingKind);
        return LlmProposal.Load(state.Data);
    }

    /// <summary>Files sent without words: a meeting document starts an intake; anything else may answer a waiting form.</summary>
    private static Intent FilesAlone(IReadOnlyList<IncomingFile> files) =>
        files.Any(f => f.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.Name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            ? Intent.Of(IntakeCapability.Start)
            : Intent.Of(EngineCapability.Unknown);

    /// <summary>
    /// A typed answer goes first to the exchanges the bot is waiting on, newest first, until one takes
    /// it; 取消 ends the newest. Each waits under its own kind, so one question never displaces another.
    /// </summary>
    private async Task<TurnResult?> ContinuePendingAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        var request = turn.Request;
        var waiting = turn.Pending.Waiting(request.ConversationId, turn.Member.Id);
        if (waiting.Count == 0) return intent.Name == EngineCapability.Cancel ? TurnResult.Of(EngineTexts.NothingToCancel(turn.Lang)) : null;
        if (intent.Name == EngineCapability.Cancel)
        {
            var newest = waiting[0];
            turn.Pending.Clear(request.ConversationId, turn.Member.Id, newest.Kind);
            if (_pendingOwners.TryGetValue(newest.Kind, out var cancelled)) cancelled.Cancelled(turn, newest);
            return TurnResult.Of(EngineTexts.Cancelled(turn.Lang));
        }
        foreach (var state in waiting)
        {
            if (state.Kind == LlmProposal.PendingKind)
            {
                // The person's own 确认 (the gate lets no other) carries the proposal out; anything else
                // drops it and is understood on its own.
                turn.Pending.Clear(request.ConversationId, turn.Member.Id, LlmProposal.PendingKind);
                if (intent.Name != EngineCapability.Confirm) continue;
                var confirmed = LlmProposal.Load(state.Data);
                return _routes.TryGetValue(confirmed.Name, out var target) ? await target.HandleAsync(turn, confirmed, ct) : null;
            }
            if (_pendingOwners.TryGetValue(state.Kind, out var owner) && await owner.ContinueAsync(turn, state, intent, ct) is { } answered)
                return answered;
        }
        return null;
    }
}
