using System.Net.Http.Headers;

namespace ChatBot.Bot.Channel.Connector;

/// <summary>
/// Adds the bot's bearer token to each connector request. It sits inside the retry pipeline so every attempt
/// asks for the token again and a retry after a long Retry-After never goes out with an expired one.
/// </summary>
public sealed class ConnectorAuthorizationHandler(IConnectorTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken);
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
