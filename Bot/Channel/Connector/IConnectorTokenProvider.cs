namespace ChatBot.Bot.Channel.Connector;

/// <summary>The bot's own access token for Bot Connector calls (client credentials for the Bot Framework scope).</summary>
public interface IConnectorTokenProvider
{
    /// <summary>The bearer token to send, or null when the bot runs without an app id (local development).</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken ct);
}
