using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Llm;
using ChatBot.Dialogs.Understanding.Rules;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Dialogs.Understanding;

public static class UnderstandingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IIntentRecognizer"/>: the LLM path with the rules behind it when an
    /// <see cref="IChatClient"/> is registered (Llm:Provider set), the rules alone otherwise.
    /// </summary>
    public static IServiceCollection AddUnderstanding(this IServiceCollection services)
    {
        services.TryAddSingleton<RuleIntentRecognizer>();
        services.TryAddSingleton<IUnitScope, RosterUnitScope>();
        services.TryAddSingleton(new ConversationMemory());
        services.TryAddSingleton(new LlmUnderstandingOptions());
        services.AddSingleton<IIntentRecognizer>(sp => sp.GetService<IChatClient>() is { } chat
            ? ActivatorUtilities.CreateInstance<LlmIntentRecognizer>(sp, chat)
            : sp.GetRequiredService<RuleIntentRecognizer>());
        return services;
    }
}
