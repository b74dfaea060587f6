using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests.Channel;

/// <summary>
/// A loopback stand-in for the Entra token endpoint, over https with a certificate made for the test
/// (Azure.Identity talks to https authorities only). Every request hangs until <see cref="Answer"/> is
/// called — the endpoint being down — and then gets a client-credentials token.
/// </summary>
public sealed class EntraTokenEndpoint : IAsyncDisposable
{
    public const string Tenant = "botframework.com";
    public const string AccessToken = "loopback-entra-token";

    private readonly WebApplication _app;
    private readonly X509Certificate2 _certificate;
    private readonly TaskCompletionSource _answering = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _requests;

    public string BaseUrl { get; }
    public int Requests => Volatile.Read(ref _requests);

    private EntraTokenEndpoint(WebApplication app, X509Certificate2 certificate, string baseUrl)
    {
        _app = app;
        _certificate = certificate;
        BaseUrl = baseUrl;
    }

    public static async Task<EntraTokenEndpoint> StartAsync()
    {
        var certificate = SelfSigned();
        EntraTokenEndpoint? self = null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.UseHttps(certificate)));
        var app = builder.Build();
        app.Run(async http =>
        {
            Interlocked.Increment(ref self!._requests);
            try { await self._answering.Task.WaitAsync(http.RequestAborted); }
            catch (OperationCanceledException) { return; }
            http.Response.ContentType = "application/json";
            if (http.Request.Path.Value?.Contains("openid-configuration", StringComparison.Ordinal) == true)
            {
                await http.Response.WriteAsync($$"""
                    {"token_endpoint":"{{self.BaseUrl}}/{{Tenant}}/oauth2/v2.0/token","issuer":"{{self.BaseUrl}}/{{Tenant}}/v2.0",
                     "authorization_endpoint":"{{self.BaseUrl}}/{{Tenant}}/oauth2/v2.0/authorize","jwks_uri":"{{self.BaseUrl}}/{{Tenant}}/discovery/v2.0/keys"}
                    """);
                return;
            }
            await http.Response.WriteAsync($$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{AccessToken}}"}""");
        });
        await app.StartAsync();
        self = new EntraTokenEndpoint(app, certificate, app.Urls.Single().TrimEnd('/').Replace("localhost", "127.0.0.1"));
        return self;
    }

    /// <summary>From now on every waiting and later request is answered.</summary>
    public void Answer() => _answering.TrySetResult();

    /// <summary>The credential the bot would build from its configuration, pointed at this endpoint and trusting its certificate only.</summary>
    public TokenCredential Credential()
    {
        var thumbprint = _certificate.Thumbprint;
        var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Thumbprint == thumbprint };
        return new ClientSecretCredential(Tenant, TestTokens.AppId, "loopback-secret", new ClientSecretCredentialOptions
        {
            AuthorityHost = new Uri(BaseUrl + "/"),
            DisableInstanceDiscovery = true,
            Transport = new HttpClientTransport(handler),
            Retry = { MaxRetries = 0 },
        });
    }

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        Answer();
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
        _certificate.Dispose();
    }
}
