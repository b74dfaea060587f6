using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Channel.Auth;

/// <summary>
/// Fails startup on a configuration that would leave the bot open or unable to answer, so the mistake
/// shows at deploy time rather than as 401s in Teams.
/// </summary>
public sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        if (!options.AuthenticationEnabled) return ValidateOptionsResult.Success;

        var errors = new List<string>();
        CheckMetadataUrl("Bot:Authentication:OpenIdMetadataUrl", options.ChannelOpenIdMetadataUrl, errors);
        if (options.TenantOpenIdMetadataUrl is { } tenantMetadata)
            CheckMetadataUrl("Bot:Authentication:TenantOpenIdMetadataUrl", tenantMetadata, errors);

        if (options.AppType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(options.TenantId))
            errors.Add("Bot:TenantId is required when Bot:AppType is SingleTenant (the app registration's tenant id).");

        if (options.AppType != BotAppType.UserAssignedMSI
            && string.IsNullOrWhiteSpace(options.ClientSecret)
            && string.IsNullOrWhiteSpace(options.CertificatePath)
            && string.IsNullOrWhiteSpace(options.CertificateThumbprint))
            errors.Add($"Bot:AppType {options.AppType} needs a credential for outbound calls: set Bot:ClientSecret, Bot:CertificatePath or Bot:CertificateThumbprint.");

        if (!Uri.TryCreate(options.OAuthAuthority, UriKind.Absolute, out var authority)
            || authority.Scheme != Uri.UriSchemeHttps
            || authority.AbsolutePath.Trim('/').Length == 0)
            errors.Add($"Bot:Authentication:OAuthAuthority '{options.OAuthAuthority}' must be an https URL ending in the tenant, e.g. https://login.microsoftonline.com/<tenant>.");

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>Signing keys fetched over plain http could be swapped by anyone on the path; only loopback (tests) may use http.</summary>
    private static void CheckMetadataUrl(string key, string url, List<string> errors)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            errors.Add($"{key} '{url}' is not an absolute URL.");
            return;
        }
        if (uri.Scheme == Uri.UriSchemeHttps) return;
        if (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback) return;
        errors.Add($"{key} '{url}' must use https; plain http is accepted only for a loopback host (127.0.0.1, ::1, localhost).");
    }
}
