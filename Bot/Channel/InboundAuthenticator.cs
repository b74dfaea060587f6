using ChatBot.Bot.Channel.Auth;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Hosting;

namespace ChatBot.Bot.Channel;

/// <summary>
/// With Bot:AppId set, every activity must carry a valid Bot Framework token (<see cref="BotAuthenticator"/>).
/// Without one there are no tokens to check: only requests from this machine, whose serviceUrl is on
/// this machine too, are accepted (local chat page, Agents Playground, tests).
/// </summary>
public sealed class InboundAuthenticator(BotAuthenticator tokens, ILogger<InboundAuthenticator> log) : IInboundAuthenticator
{
    public bool TokensRequired => tokens.AuthenticationEnabled;

    public async Task<AuthVerdict> AuthenticateAsync(HttpContext http, Activity activity, CancellationToken ct)
    {
        if (!tokens.AuthenticationEnabled)
        {
            if (!Loopback.IsLoopback(http)) return Refuse(401, "No app id is configured: only loopback requests are accepted.");
            if (activity.ServiceUrl is not null && !Loopback.IsLoopbackUrl(activity.ServiceUrl))
                return Refuse(401, "No app id is configured: only a loopback serviceUrl is accepted.");
            return AuthVerdict.Ok;
        }
        var result = await tokens.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), activity, ct);
        return result.IsOk ? AuthVerdict.Ok : Refuse(result.HttpStatusCode, result.Reason);
    }

    private AuthVerdict Refuse(int status, string reason)
    {
        // The reason goes to the log only; the caller learns nothing about which check failed.
        log.LogWarning("Refused an activity with {Status}: {Reason}", status, reason);
        return new AuthVerdict(status, status == 403 ? "Forbidden" : "Unauthorized");
    }
}
