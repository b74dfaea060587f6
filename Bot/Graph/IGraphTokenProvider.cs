namespace ChatBot.Bot.Graph;

/// <summary>The bot's app-only token for Microsoft Graph (client credentials, the cloud's Graph scope).</summary>
public interface IGraphTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken ct);
}
