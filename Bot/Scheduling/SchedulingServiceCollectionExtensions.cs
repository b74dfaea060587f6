using ChatBot.Dialogs.Features.Reminders;
using Microsoft.Extensions.Options;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Bot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Reminder options and policy (section "Reminders") and, unless <c>Reminders:Enabled</c> is false,
    /// the <see cref="ReminderScheduler"/> as a hosted service. Expects IStore, ProactiveDelivery,
    /// ConversationReferences, BureauClock and WorkingCalendar from the host.
    /// </summary>
    public static IServiceCollection AddReminderScheduler(this IServiceCollection services, IConfiguration config)
    {
        var section = config.GetSection(ReminderOptions.Section);
        services.AddOptions<ReminderOptions>().Bind(section).Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReminderOptions>>().Value);
        services.AddOptions<ReminderSchedulerOptions>().Bind(section)
            .Validate(o => o.TickSeconds >= 1, "Reminders:TickSeconds must be 1 or more")
            .Validate(o => o.SentLogRetentionDays >= 30, "Reminders:SentLogRetentionDays must be 30 or more")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReminderSchedulerOptions>>().Value);
        // The bureau's calendar and time zone, registered once by the host (BureauSettings).
        services.AddSingleton(sp => new ReminderPolicy(sp.GetRequiredService<WorkingCalendar>(), sp.GetRequiredService<ReminderOptions>(),
            sp.GetRequiredService<BureauClock>().Zone));
        services.AddSingleton<StoreRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<StoreRetention>());
        services.AddSingleton<ReminderScheduler>();
        if (section.GetValue(nameof(ReminderSchedulerOptions.Enabled), true))
            services.AddHostedService(sp => sp.GetRequiredService<ReminderScheduler>());
        return services;
    }
}
