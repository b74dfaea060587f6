using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Llm;

/// <summary>
/// Fails start-up on an LLM configuration that could only fail later, mid-conversation; every
/// message names the configuration key to fix. Never echoes the API key.
/// </summary>
public sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    private const string Section = LlmOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        var errors = new List<string>();

        if (!Enum.IsDefined(options.Provider))
        {
            errors.Add($"{Section}:Provider must be one of None, AzureOpenAI, OpenAI.");
        }

        if (options.Provider == LlmProvider.None)
        {
            return Result(errors);
        }

        if (options.TimeoutSeconds is < 1 or > 300)
        {
            errors.Add($"{Section}:TimeoutSeconds must be between 1 and 300 (got {options.TimeoutSeconds}).");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            errors.Add($"{Section}:MaxRetries must be between 0 and 10 (got {options.MaxRetries}).");
        }

        switch (options.Provider)
        {
            case LlmProvider.AzureOpenAI:
                if (string.IsNullOrWhiteSpace(options.Endpoint))
                {
                    errors.Add($"{Section}:Endpoint is required when {Section}:Provider is AzureOpenAI (e.g. https://NAME.openai.azure.com/).");
                }
                else if (!IsHttpUri(options.Endpoint))
                {
                    errors.Add($"{Section}:Endpoint must be an absolute http(s) URL (got '{options.Endpoint}').");
                }

                if (string.IsNullOrWhiteSpace(options.Deployment))
                {
                    errors.Add($"{Section}:Deployment is required when {Section}:Provider is AzureOpenAI.");
                }
                break;

            case LlmProvider.OpenAI:
                if (!string.IsNullOrWhiteSpace(options.Endpoint) && !IsHttpUri(options.Endpoint))
                {
                    errors.Add($"{Section}:Endpoint must be an absolute http(s) URL such as http://llm.internal:8000/v1 (got '{options.Endpoint}').");
                }

                if (string.IsNullOrWhiteSpace(options.Model))
                {
                    errors.Add($"{Section}:Model is required when {Section}:Provider is OpenAI.");
                }
                break;
        }

        return Result(errors);
    }

    private static bool IsHttpUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static ValidateOptionsResult Result(List<string> errors) =>
        errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
}
