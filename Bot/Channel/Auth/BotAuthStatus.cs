namespace ChatBot.Bot.Channel.Auth;

/// <summary>The HTTP answer an inbound request deserves: 200 path, 401 or 403.</summary>
public enum BotAuthStatus
{
    Ok,
    Unauthorized,
    Forbidden,
}
