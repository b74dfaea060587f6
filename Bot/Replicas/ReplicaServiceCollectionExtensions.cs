using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Replicas;

public static class ReplicaServiceCollectionExtensions
{
    /// <summary>
    /// This process as one replica among several on one store (section "Replica"): its identity, and the
    /// <see cref="Leadership"/> leases the outbox sender and the reminder scheduler run under. Register before
    /// the outbox and the scheduler; on one LiteDB file (one process) every lease is simply this process's.
    /// </summary>
    public static IServiceCollection AddReplicas(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<ReplicaOptions>().Bind(config.GetSection(ReplicaOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new ReplicaIdentity(sp.GetRequiredService<IOptions<ReplicaOptions>>().Value.Id));
        services.AddSingleton<Leadership>();
        services.AddHostedService(sp => sp.GetRequiredService<Leadership>());
        return services;
    }
}
