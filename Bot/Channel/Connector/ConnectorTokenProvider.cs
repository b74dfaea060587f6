using Azure.Core;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Channel.Connector;

/// <summary>
/// Gets the Bot Connector token from an Azure.Identity credential and keeps it until five minutes before it
/// expires, so sends do not each pay a round trip to Entra and a token never expires in flight.
/// </summary>
public sealed class ConnectorTokenProvider(TokenCredential credential, string scope, TimeProvider time, ILogger<ConnectorTokenProvider> logger)
    : IConnectorTokenProvider
{
    public static readonly TimeSpan RefreshBeforeExpiry = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private AccessToken? _cached;

    public async ValueTask<string?> GetTokenAsync(CancellationToken ct)
    {
        if (Fresh(_cached) is { } token) return token;

        await _refresh.WaitAsync(ct);
        try
        {
            // Another caller may have refreshed while this one waited.
            if (Fresh(_cached) is { } refreshed) return refreshed;
            try
            {
                _cached = await credential.GetTokenAsync(new TokenRequestContext([scope]), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && _cached is { } old && old.ExpiresOn > time.GetUtcNow())
            {
                // Entra hiccup inside the five-minute margin: the old token is still good for a while.
                logger.LogWarning(ex, "Refreshing the Bot Connector token failed; using the cached one until it expires");
                return old.Token;
            }
            return _cached.Value.Token;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private string? Fresh(AccessToken? token) =>
        token is { } t && t.ExpiresOn - RefreshBeforeExpiry > time.GetUtcNow() ? t.Token : null;
}
