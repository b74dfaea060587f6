using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Dialogs.Conversation.Capabilities;

public static class CapabilityServiceCollectionExtensions
{
    /// <summary>
    /// Registers capability <typeparamref name="T"/>: its description joins the <see cref="CapabilityRegistry"/>
    /// (routes, rules, tools, confirmation gate, Help) and its handler becomes a singleton <see cref="ITurnFeature"/>
    /// (built by the container unless the host registered the handler type itself first, e.g. with a factory).
    /// Registering the same capability twice is one registration.
    /// </summary>
    public static IServiceCollection AddCapability<T>(this IServiceCollection services) where T : class, ICapability, new()
    {
        if (services.Any(d => d.ServiceType == typeof(ICapability) && d.ImplementationInstance?.GetType() == typeof(T))) return services;
        var capability = new T();
        services.AddSingleton<ICapability>(capability);
        services.TryAddSingleton(sp => new CapabilityRegistry(sp.GetServices<ICapability>()));
        if (capability.Describe().Handler is { } handler)
        {
            services.TryAddSingleton(handler);
            services.AddSingleton(sp => (ITurnFeature)sp.GetRequiredService(handler));
        }
        return services;
    }
}
