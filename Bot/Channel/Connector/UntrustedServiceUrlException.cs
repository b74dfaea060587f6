namespace ChatBot.Bot.Channel.Connector;

/// <summary>
/// The connector refused to call a serviceUrl that never arrived on an authenticated activity: sending our
/// bearer token there would hand it to whoever wrote the URL.
/// </summary>
public sealed class UntrustedServiceUrlException(string serviceUrl)
    : InvalidOperationException($"serviceUrl '{serviceUrl}' is not trusted: it did not arrive on an authenticated activity or a stored conversation reference.")
{
    public string ServiceUrl { get; } = serviceUrl;
}
