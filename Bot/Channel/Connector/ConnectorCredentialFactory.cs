using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using ChatBot.Bot.Channel.Auth;

namespace ChatBot.Bot.Channel.Connector;

/// <summary>Chooses the Azure.Identity credential that matches the bot's app type and configured secret.</summary>
public static class ConnectorCredentialFactory
{
    public static TokenCredential Create(BotOptions options)
    {
        if (options.AppType == BotAppType.UserAssignedMSI)
        {
            var clientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? options.AppId! : options.ManagedIdentityClientId;
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        var (authorityHost, tenant) = SplitAuthority(options.OAuthAuthority);
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
            return new ClientCertificateCredential(tenant, options.AppId, options.CertificatePath,
                new ClientCertificateCredentialOptions { AuthorityHost = authorityHost });
        if (!string.IsNullOrWhiteSpace(options.CertificateThumbprint))
            return new ClientCertificateCredential(tenant, options.AppId, FindCertificate(options.CertificateThumbprint),
                new ClientCertificateCredentialOptions { AuthorityHost = authorityHost });
        if (!string.IsNullOrWhiteSpace(options.ClientSecret))
            return new ClientSecretCredential(tenant, options.AppId, options.ClientSecret,
                new ClientSecretCredentialOptions { AuthorityHost = authorityHost });

        throw new InvalidOperationException(
            $"Bot:AppType {options.AppType} needs Bot:ClientSecret, Bot:CertificatePath or Bot:CertificateThumbprint for outbound calls.");
    }

    /// <summary>"https://login.microsoftonline.com/{tenant}" → the host Azure.Identity wants, and the tenant.</summary>
    internal static (Uri AuthorityHost, string Tenant) SplitAuthority(string authority)
    {
        var uri = new Uri(authority, UriKind.Absolute);
        var tenant = uri.AbsolutePath.Trim('/').Split('/')[0];
        if (tenant.Length == 0)
            throw new InvalidOperationException($"Bot:Authentication:OAuthAuthority '{authority}' has no tenant segment.");
        return (new Uri(uri.GetLeftPart(UriPartial.Authority) + "/"), tenant);
    }

    private static X509Certificate2 FindCertificate(string thumbprint)
    {
        var wanted = thumbprint.Replace(" ", "", StringComparison.Ordinal);
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            try
            {
                store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            }
            catch (CryptographicException)
            {
                continue; // On Linux a store that was never written to does not exist.
            }
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, wanted, validOnly: false);
            if (found.Count > 0) return found[0];
        }
        throw new InvalidOperationException($"Bot:CertificateThumbprint {wanted} is in neither the CurrentUser nor the LocalMachine 'My' store.");
    }
}
