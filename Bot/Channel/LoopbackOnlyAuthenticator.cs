using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Hosting;

namespace ChatBot.Bot.Channel;

/// <summary>
/// With no app id configured there are no tokens to check: only requests from this machine, whose
/// serviceUrl is on this machine too, are accepted (local chat page, Agents Playground, tests).
/// </summary>
public sealed class LoopbackOnlyAuthenticator : IInboundAuthenticator
{
    public Task<AuthVerdict> AuthenticateAsync(HttpContext http, Activity activity, CancellationToken ct)
    {
        if (!Loopback.IsLoopback(http)) return Task.FromResult(new AuthVerdict(401, "No app id is configured: only loopback requests are accepted."));
        if (activity.ServiceUrl is not null && !Loopback.IsLoopbackUrl(activity.ServiceUrl))
            return Task.FromResult(new AuthVerdict(401, "No app id is configured: only a loopback serviceUrl is accepted."));
        return Task.FromResult(AuthVerdict.Ok);
    }
}
