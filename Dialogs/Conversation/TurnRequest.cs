using System.Text.Json.Nodes;

namespace ChatBot.Dialogs.Conversation;

/// <summary>One incoming turn, free of any wire format: text typed, or the data of a card action.</summary>
public sealed record TurnRequest
{
    public required string ConversationId { get; init; }
    /// <summary>"personal", "groupChat" or "channel".</summary>
    public string ConversationType { get; init; } = "personal";
    public required Speaker Speaker { get; init; }
    public string? Text { get; init; }
    /// <summary>The data of a card action (Action.Submit or Action.Execute), with a "verb".</summary>
    public JsonObject? Action { get; init; }
    public string? Locale { get; init; }
    /// <summary>The channel's id of the incoming activity, kept in the audit trail.</summary>
    public string? ActivityId { get; init; }
    /// <summary>True for Universal Actions (invoke): the answer is a card for the acting user.</summary>
    public bool ExpectsCardResponse { get; init; }
    public IReadOnlyList<IncomingFile> Files { get; init; } = [];

    public Lang Lang => LangExtensions.FromLocale(Locale);
    public string? Verb => CardValues.Text(Action, "verb");
}

/// <summary>A file the user attached (the bytes are fetched by the channel only when a feature asks).</summary>
public sealed record IncomingFile(string Name, string ContentType, string Url, long? Size)
{
    /// <summary>Only a link to the file was shared (Teams channels and group chats): it can be referred to, not downloaded.</summary>
    public bool IsLinkOnly { get; init; }
}
