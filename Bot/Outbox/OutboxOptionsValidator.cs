using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Outbox;

/// <summary>Refuses settings that would break Teams' limits or stall the queue, at start-up rather than at 3 a.m.</summary>
public sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions o)
    {
        var errors = new List<string>();
        if (o.TenantRatePerSecond is < 1 or > 1000) errors.Add("Outbox:TenantRatePerSecond must be between 1 and 1000.");
        if (o.RateHeadroom is < 0 or > 1) errors.Add("Outbox:RateHeadroom must be between 0 and 1.");
        if (o.MaxConcurrentSends is < 1 or > 256) errors.Add("Outbox:MaxConcurrentSends must be between 1 and 256.");
        if (o.MaxAttempts is < 1 or > 100) errors.Add("Outbox:MaxAttempts must be between 1 and 100.");
        if (o.RetryBaseDelay <= TimeSpan.Zero) errors.Add("Outbox:RetryBaseDelay must be positive.");
        if (o.RetryMaxDelay < o.RetryBaseDelay) errors.Add("Outbox:RetryMaxDelay must be at least RetryBaseDelay.");
        if (o.SendTimeout <= TimeSpan.Zero) errors.Add("Outbox:SendTimeout must be positive.");
        if (o.IdlePollInterval <= TimeSpan.Zero) errors.Add("Outbox:IdlePollInterval must be positive.");
        if (string.IsNullOrEmpty(o.DefaultServiceUrl))
            errors.Add("Outbox:DefaultServiceUrl is required for this Bot:Cloud (China: Microsoft documents no default proactive service URL for Teams operated by 21Vianet; set it to the serviceUrl Teams sends the bot in its activities).");
        else if (!Uri.TryCreate(o.DefaultServiceUrl, UriKind.Absolute, out _)) errors.Add("Outbox:DefaultServiceUrl must be an absolute URL.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
