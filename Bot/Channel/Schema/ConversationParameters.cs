using System.Text.Json.Nodes;

namespace ChatBot.Bot.Channel.Schema;

/// <summary>Body of POST /v3/conversations (create a 1:1 conversation for a proactive message).</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public JsonNode? ChannelData { get; set; }
}

public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }
    public string? ActivityId { get; set; }
    public string? ServiceUrl { get; set; }
}

public sealed class PagedMembersResult
{
    public string? ContinuationToken { get; set; }
    public List<TeamsChannelAccount> Members { get; set; } = [];
}

/// <summary>A member as Teams returns it from the members API (email, UPN, object id).</summary>
public sealed class TeamsChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Email { get; set; }
    public string? UserPrincipalName { get; set; }
    public string? TenantId { get; set; }
    public string? GivenName { get; set; }
    public string? Surname { get; set; }
}
