namespace ChatBot.Dialogs.Conversation;

/// <summary>Who sent a turn, as the channel knows them; matched to a roster member by the engine.</summary>
public sealed record Speaker(string ChannelUserId, string? AadObjectId, string? Email, string? Name);
