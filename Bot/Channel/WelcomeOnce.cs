using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Storage;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Help;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Channel;

/// <summary>
/// Teams sends installationUpdate and conversationUpdate for one install, in either order and not
/// always both with a locale; the welcome goes out once per conversation, in the installing person's
/// language. It is decided by that person's locale (the event's, else the one learned from them
/// before), and only the bureau's language when neither is known: a welcome sent in that fallback is
/// replaced in place when the other event of the install brings the person's own locale, so the order
/// of the events does not change the language the person ends up reading.
/// </summary>
public sealed class WelcomeOnce(IStore store, Outbox.Outbox outbox, BureauLanguage bureau, TimeProvider time)
{
    public sealed class Welcomed
    {
        public string Id { get; set; } = "";
        public DateTimeOffset At { get; set; }
        /// <summary>The outbox key of the welcome message (an update in place names it).</summary>
        public string? Key { get; set; }
        public Lang Lang { get; set; }
        /// <summary>True when the language came from the installing person's locale, not the bureau's default.</summary>
        public bool Known { get; set; }
        /// <summary>When the app was removed from this conversation; the next add says "welcome back", not the welcome.</summary>
        public DateTimeOffset? RemovedAt { get; set; }
    }

    public static bool IsBotAdded(Activity activity) =>
        (activity.Type == Activity.Types.InstallationUpdate && activity.Action is "add" or "add-upgrade")
        || (activity.Type == Activity.Types.ConversationUpdate && activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true);

    public static bool IsBotRemoved(Activity activity) =>
        activity.Type == Activity.Types.InstallationUpdate && activity.Action is "remove" or "remove-upgrade";

    /// <summary>
    /// The bot was added: queues the welcome in the installer's language (once per conversation), or
    /// replaces a welcome sent in the bureau's default once this event says the installer's own language.
    /// Someone who had it already and removed it (<paramref name="returning"/>: their address had been marked
    /// removed, by the remove event or a 403) gets one line, once per return, not the first-time welcome again.
    /// Joins the caller's store write.
    /// </summary>
    public void Greet(Activity activity, Member? installer, bool returning = false)
    {
        if (activity.Conversation?.Id is not { } conversationId || activity.ServiceUrl is not { } serviceUrl) return;
        var (lang, known) = InstallerLanguage(activity, installer);
        store.Write(s =>
        {
            var col = s.Get<IWelcomedRepository>();
            var given = col.Get(conversationId);
            var target = OutboxTarget.Conversation(activity.TenantId, serviceUrl, conversationId);
            var message = ActivityMapper.ToReply(activity, new Reply(null, WelcomeCard.Build(lang)));
            if (given is not null && (given.RemovedAt is not null || returning))
            {
                // Teams sends installationUpdate and conversationUpdate for one install: the first clears the mark.
                var now = time.GetUtcNow();
                given.RemovedAt = null;
                given.Lang = lang;
                col.Update(given);
                var back = ActivityMapper.ToReply(activity, WelcomeCard.Back(lang));
                outbox.EnqueueWithin(s, [new OutboxItem($"welcome-back:{conversationId}:{now.UtcTicks}", target, back)]);
            }
            else if (given is null)
            {
                var now = time.GetUtcNow();
                var key = $"welcome:{conversationId}:{now.UtcTicks}";
                col.Add(new Welcomed { Id = conversationId, At = now, Key = key, Lang = lang, Known = known });
                outbox.EnqueueWithin(s, [new OutboxItem(key, target, message)]);
            }
            else if (known && !given.Known && given.Lang != lang && given.Key is { } first)
            {
                given.Lang = lang;
                given.Known = true;
                col.Update(given);
                outbox.EnqueueWithin(s, [new OutboxItem($"{first}:{lang}", target, message, UpdateOfKey: first)]);
            }
        });
    }

    /// <summary>
    /// The installing person's language: this event's locale, else the one learned from them before
    /// (the pipeline's member step has already resolved them and stored a new locale), else the bureau's.
    /// </summary>
    private (Lang Lang, bool Known) InstallerLanguage(Activity activity, Member? installer)
    {
        var locale = LocaleOf(activity);
        if (!string.IsNullOrWhiteSpace(locale)) return (LangExtensions.FromLocale(locale), true);
        return installer?.Locale is { Length: > 0 } stored ? (LangExtensions.FromLocale(stored), true) : (bureau.Default, false);
    }

    /// <summary>The activity's locale, or the one in its clientInfo entity (Teams puts it there too).</summary>
    public static string? LocaleOf(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Locale)) return activity.Locale;
        var info = activity.Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.Properties;
        return info is not null && info.TryGetValue("locale", out var l) && l.ValueKind == System.Text.Json.JsonValueKind.String ? l.GetString() : null;
    }

    public void Forget(string conversationId) => store.Write(s => s.Get<IWelcomedRepository>().Delete(conversationId));

    /// <summary>The app was removed here: the welcome record stays (it was given), marked so a reinstall is greeted as a return.</summary>
    public void MarkRemoved(string conversationId) => store.Write(s =>
    {
        var welcomed = s.Get<IWelcomedRepository>();
        if (welcomed.Get(conversationId) is not { RemovedAt: null } given) return;
        given.RemovedAt = time.GetUtcNow();
        welcomed.Update(given);
    });
}
