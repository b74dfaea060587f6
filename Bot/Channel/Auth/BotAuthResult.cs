namespace ChatBot.Bot.Channel.Auth;

/// <summary>
/// Outcome of checking one inbound request. <see cref="Reason"/> is for logs only: it never contains the
/// token, and it is not sent back to the caller.
/// </summary>
public sealed record BotAuthResult(BotAuthStatus Status, string Reason)
{
    public bool IsOk => Status == BotAuthStatus.Ok;

    /// <summary>The status code /api/messages answers with when the check fails (200 when it passes).</summary>
    public int HttpStatusCode => Status switch
    {
        BotAuthStatus.Unauthorized => 401,
        BotAuthStatus.Forbidden => 403,
        _ => 200,
    };

    public static BotAuthResult Ok(string reason = "authenticated") => new(BotAuthStatus.Ok, reason);
    public static BotAuthResult Unauthorized(string reason) => new(BotAuthStatus.Unauthorized, reason);
    public static BotAuthResult Forbidden(string reason) => new(BotAuthStatus.Forbidden, reason);
}
