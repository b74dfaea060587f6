using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Features.Bulletin;
using ChatBot.Dialogs.Features.Instruction;
using ChatBot.Dialogs.Features.Portfolio;
using ChatBot.Dialogs.Features.Scoring;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Hosting;

/// <summary>
/// Issue #16 parts 3 and 4: 考评 · 通报 and the leader's view and 批示. The Scoring:* weights and the
/// Bulletin:* settings are checked at start-up: a bad one stops the start with the key's name.
/// </summary>
public static class LeaderToolsSetup
{
    public static IServiceCollection AddLeaderTools(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<ScoringOptions>().Bind(config.GetSection(ScoringOptions.Section)).Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ScoringOptions>>().Value);
        services.AddOptions<BulletinOptions>().Bind(config.GetSection(BulletinOptions.Section)).Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<BulletinOptions>>().Value);
        services.AddCapability<BulletinCapability>();
        services.AddCapability<PortfolioCapability>();
        services.AddCapability<InstructionCapability>();
        return services;
    }
}
