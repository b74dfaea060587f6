using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Bot.Channel.Auth;

/// <summary>
/// The JWT of an <c>Authorization: Bearer …</c> header, read but not yet trusted: what the bot's and the
/// tab's token checks both do before any key lookup.
/// </summary>
internal static class BearerToken
{
    /// <returns>Why the header is refused (for the log only), or null with <paramref name="jwt"/> read.</returns>
    public static string? Read(string? authorizationHeader, JsonWebTokenHandler handler, out JsonWebToken jwt)
    {
        jwt = null!;
        if (string.IsNullOrWhiteSpace(authorizationHeader)) return "no Authorization header";
        var parts = authorizationHeader.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase)) return "Authorization scheme is not Bearer";
        try
        {
            if (!handler.CanReadToken(parts[1])) return "bearer value is not a JWT";
            jwt = handler.ReadJsonWebToken(parts[1]);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            return "bearer value is not a readable JWT";
        }
        return jwt.IsEncrypted ? "encrypted tokens are not expected" : null;
    }
}
