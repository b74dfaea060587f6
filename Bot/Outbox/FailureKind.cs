namespace ChatBot.Bot.Outbox;

/// <summary>Why a message failed for good, kept with it so the office's report can say it in plain words.</summary>
public enum FailureKind
{
    Other,
    /// <summary>No chat could be opened: the member was never seen in Teams and the app could not be installed for them.</summary>
    NotInstalled,
    /// <summary>403, or the app was removed from the chat: the person uninstalled or blocked it.</summary>
    Removed,
    /// <summary>404: the conversation is gone.</summary>
    ConversationGone,
    /// <summary>Transient failures on every attempt up to Outbox:MaxAttempts.</summary>
    GaveUp,
    /// <summary>Another 4xx.</summary>
    Refused,
    /// <summary>The stored serviceUrl was never vouched for by the channel.</summary>
    NotTrusted,
}
