namespace ChatBot.Bot.Channel.Auth;

/// <summary>Which Azure Bot Service cloud the bot is registered in.</summary>
public enum BotCloud
{
    Public,
    /// <summary>Microsoft Azure operated by 21Vianet (Mooncake).</summary>
    China,
}
