using ChatBot.Bot.Channel.Schema;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Channel;

/// <summary>Teams sends installationUpdate and conversationUpdate for one install; the welcome goes out once per conversation.</summary>
public sealed class WelcomeOnce(TaskStore store, TimeProvider time)
{
    public sealed class Welcomed
    {
        public string Id { get; set; } = "";
        public DateTimeOffset At { get; set; }
    }

    public static bool IsBotAdded(Activity activity) =>
        (activity.Type == Activity.Types.InstallationUpdate && activity.Action is "add" or "add-upgrade")
        || (activity.Type == Activity.Types.ConversationUpdate && activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true);

    public static bool IsBotRemoved(Activity activity) =>
        activity.Type == Activity.Types.InstallationUpdate && activity.Action is "remove" or "remove-upgrade";

    /// <summary>True when this conversation has not been welcomed yet (and records that it now is).</summary>
    public bool TryClaim(string conversationId) => store.Write(s =>
    {
        var col = s.Collection<Welcomed>("welcomed");
        if (col.FindById(conversationId) is not null) return false;
        col.Insert(new Welcomed { Id = conversationId, At = time.GetUtcNow() });
        return true;
    });

    public void Forget(string conversationId) => store.Write(s => s.Collection<Welcomed>("welcomed").Delete(conversationId));
}
