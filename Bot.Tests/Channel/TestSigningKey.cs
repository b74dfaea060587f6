using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Bot.Tests.Channel;

/// <summary>An RSA key generated for the test run, published as a JWK with Bot Framework endorsements.</summary>
public sealed class TestSigningKey
{
    public TestSigningKey(string kid, params string[] endorsements)
    {
        Kid = kid;
        Endorsements = endorsements;
        Rsa = RSA.Create(2048);
        SecurityKey = new RsaSecurityKey(Rsa) { KeyId = kid };
    }

    public string Kid { get; }
    public string[] Endorsements { get; }
    public RSA Rsa { get; }
    public RsaSecurityKey SecurityKey { get; }

    public Dictionary<string, object> ToJwk()
    {
        var p = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
        if (Endorsements.Length > 0) jwk["endorsements"] = Endorsements;
        return jwk;
    }
}
