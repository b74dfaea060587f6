namespace ChatBot.Bot.Web.LocalChat;

/// <summary>How the local channel names users and conversations.</summary>
public static class LocalIds
{
    public const string ChannelId = "local";
    public const string BotId = "local-bot";
    public const string OfficeChannelConversation = "local:channel:office";

    public static string User(string memberId) => $"local:{memberId}";
    public static string PersonalConversation(string channelUserId) =>
        channelUserId.StartsWith("local:", StringComparison.Ordinal) ? $"local:personal:{channelUserId[6..]}" : $"local:personal:{channelUserId}";
}
