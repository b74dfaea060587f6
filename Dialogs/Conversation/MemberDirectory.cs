using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Conversation;

/// <summary>Matches the person behind a turn to the roster: channel user id, then Entra object id, then email/UPN.</summary>
public static class MemberDirectory
{
    public static Member? Find(TaskStore store, Speaker speaker)
    {
        var member = store.Members.FindOne(m => m.ChannelUserId == speaker.ChannelUserId);
        if (member is not null) return member;
        if (!string.IsNullOrWhiteSpace(speaker.AadObjectId))
        {
            var aad = speaker.AadObjectId.Trim().ToLowerInvariant();
            member = store.Members.FindOne(m => m.AadObjectId == aad);
        }
        if (member is null && !string.IsNullOrWhiteSpace(speaker.Email))
        {
            var email = speaker.Email.Trim().ToLowerInvariant();
            member = store.Members.FindOne(m => m.Email == email);
        }
        if (member is null || member.ChannelUserId == speaker.ChannelUserId) return member;
        // Remember the channel id so proactive messages can address this person from now on (written
        // once, not on every turn).
        member.ChannelUserId = speaker.ChannelUserId;
        store.Write(s => s.Members.Update(member));
        return member;
    }

    public static Unit? FindUnit(TaskStore store, string nameOrAlias)
    {
        var name = nameOrAlias.Trim();
        return store.Units.FindOne(u => u.Name == name) ?? store.Units.FindAll().FirstOrDefault(u => u.Aliases.Contains(name));
    }
}
