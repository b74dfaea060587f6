namespace ChatBot.Bot.Graph;

/// <summary>Graph refused the installation (403): the permission is missing or not consented.</summary>
public sealed class GraphPermissionException(string message) : Exception(message);
