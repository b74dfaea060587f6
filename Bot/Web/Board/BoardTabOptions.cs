namespace ChatBot.Bot.Web.Board;

/// <summary>Section "BoardTab": the board tab in Teams (<c>/tab/board</c>) and its data (<c>/api/board</c>).</summary>
public sealed class BoardTabOptions
{
    public const string Section = "BoardTab";

    /// <summary>Serve the tab at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The host name the tab is served from (the manifest's BOT_DOMAIN): Teams SSO tokens for the tab carry the
    /// audience <c>api://{Host}/{Bot:AppId}</c> (v1 tokens) or the app id itself (v2). Empty: only the app id.
    /// </summary>
    public string? Host { get; set; }
}
