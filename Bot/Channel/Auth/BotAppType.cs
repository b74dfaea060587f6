namespace ChatBot.Bot.Channel.Auth;

/// <summary>How the bot's Entra app registration is set up (Azure Bot resource, "Type of App").</summary>
public enum BotAppType
{
    /// <summary>An app registration in one tenant; the default, because Azure stopped creating multi-tenant bots after July 2025.</summary>
    SingleTenant,
    /// <summary>A legacy multi-tenant app registration; outbound tokens come from the botframework.com tenant.</summary>
    MultiTenant,
    /// <summary>A user-assigned managed identity; no secret, tokens come from the managed identity endpoint.</summary>
    UserAssignedMSI,
}
