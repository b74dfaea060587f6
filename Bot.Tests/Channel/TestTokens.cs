using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Bot.Tests.Channel;

/// <summary>Signs tokens the way the Bot Framework channel does, with knobs to break each rule.</summary>
public static class TestTokens
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string AppId = "6f1d0c5e-1111-4a2b-9c3d-0123456789ab";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    public static string Sign(
        TestSigningKey key,
        string issuer = ChannelIssuer,
        string audience = AppId,
        string? serviceUrl = ServiceUrl,
        DateTime? notBefore = null,
        DateTime? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var now = DateTime.UtcNow;
        var nbf = notBefore ?? now.AddMinutes(-1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = nbf,
            NotBefore = nbf,
            Expires = expires ?? now.AddMinutes(60),
            Claims = new Dictionary<string, object> { ["appid"] = "bot-framework-channel" },
            SigningCredentials = new SigningCredentials(key.SecurityKey, algorithm),
        };
        if (serviceUrl is not null) descriptor.Claims["serviceurl"] = serviceUrl;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token ("alg":"none") that otherwise looks perfect.</summary>
    public static string Unsigned(string kid)
    {
        var header = Encode(new { alg = "none", typ = "JWT", kid });
        var payload = Encode(Payload());
        return $"{header}.{payload}.";
    }

    /// <summary>The classic algorithm-confusion attack: HS256 keyed with the published RSA public key.</summary>
    public static string HmacWithPublicKey(TestSigningKey key)
    {
        var secret = Encoding.UTF8.GetBytes(key.Rsa.ExportSubjectPublicKeyInfoPem());
        var credentials = new SigningCredentials(new SymmetricSecurityKey(secret) { KeyId = key.Kid }, SecurityAlgorithms.HmacSha256);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = ChannelIssuer,
            Audience = AppId,
            Expires = DateTime.UtcNow.AddMinutes(60),
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl },
            SigningCredentials = credentials,
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>Re-signs nothing: swaps the signature segment for one from another token.</summary>
    public static string WithForeignSignature(string token, string other) =>
        string.Join('.', token.Split('.')[..2].Append(other.Split('.')[2]));

    private static object Payload()
    {
        var now = DateTimeOffset.UtcNow;
        return new
        {
            iss = ChannelIssuer,
            aud = AppId,
            serviceurl = ServiceUrl,
            nbf = now.AddMinutes(-1).ToUnixTimeSeconds(),
            exp = now.AddMinutes(60).ToUnixTimeSeconds(),
        };
    }

    private static string Encode(object value) => Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(value));
}
