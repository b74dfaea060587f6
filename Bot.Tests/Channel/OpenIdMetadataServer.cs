using ChatBot.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Bot.Tests.Channel;

/// <summary>
/// A loopback stand-in for login.botframework.com: an OpenID configuration document and its JWKS, whose
/// keys the test can replace at any time (key rotation). Counts fetches so tests can see refreshes.
/// </summary>
public sealed class OpenIdMetadataServer : IAsyncDisposable
{
    private LoopbackServer _server = null!;
    private volatile TestSigningKey[] _keys = [];
    private int _keyFetches;

    public string MetadataUrl => _server.BaseUrl + "/v1/.well-known/openidconfiguration";
    public int KeyFetches => Volatile.Read(ref _keyFetches);

    public static async Task<OpenIdMetadataServer> StartAsync(string issuer, params TestSigningKey[] keys)
    {
        var metadata = new OpenIdMetadataServer { _keys = keys };
        metadata._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext ctx) => Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = issuer,
                ["jwks_uri"] = $"{metadata._server.BaseUrl}/v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            }));
            app.MapGet("/v1/.well-known/keys", () =>
            {
                Interlocked.Increment(ref metadata._keyFetches);
                return Results.Json(new { keys = metadata._keys.Select(k => k.ToJwk()).ToArray() });
            });
        });
        return metadata;
    }

    public void Publish(params TestSigningKey[] keys) => _keys = keys;

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
