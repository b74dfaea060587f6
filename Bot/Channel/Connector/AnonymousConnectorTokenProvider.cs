namespace ChatBot.Bot.Channel.Connector;

/// <summary>No app id configured: the Emulator and local pages accept calls without a token.</summary>
public sealed class AnonymousConnectorTokenProvider : IConnectorTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken ct) => ValueTask.FromResult<string?>(null);
}
