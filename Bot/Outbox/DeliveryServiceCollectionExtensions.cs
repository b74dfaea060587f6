using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Bot.Outbox;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// The office's view of a dispatch's delivery: Dialogs' Delivery feature (送达情况, 重发未送达), the outbox
    /// answering it, and the report sent once every notice has been tried. Needs AddOutbox and ProactiveDelivery.
    /// </summary>
    public static IServiceCollection AddDispatchDelivery(this IServiceCollection services)
    {
        services.TryAddSingleton<IDispatchDeliveries, OutboxDispatchDeliveries>();
        services.AddSingleton<ITurnFeature, DeliveryFeature>();
        services.TryAddSingleton<DispatchReportTrigger>();
        services.AddHostedService(sp => sp.GetRequiredService<DispatchReportTrigger>());
        return services;
    }
}
