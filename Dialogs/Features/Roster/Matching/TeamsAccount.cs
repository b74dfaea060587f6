namespace ChatBot.Dialogs.Features.Roster.Matching;

/// <summary>What the channel knows of a person: from the activity, or from the connector's members API.</summary>
public sealed record TeamsAccount(string ChannelUserId, string? Name, string? AadObjectId, string? Email, string? UserPrincipalName);
