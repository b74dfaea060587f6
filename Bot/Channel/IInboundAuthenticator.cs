using ChatBot.Bot.Channel.Schema;

namespace ChatBot.Bot.Channel;

/// <summary>Decides whether an incoming activity may be processed: 200, 401 or 403, with a reason for the log.</summary>
public interface IInboundAuthenticator
{
    Task<AuthVerdict> AuthenticateAsync(HttpContext http, Activity activity, CancellationToken ct);
}

public sealed record AuthVerdict(int Status, string Reason)
{
    public static readonly AuthVerdict Ok = new(200, "");
}
