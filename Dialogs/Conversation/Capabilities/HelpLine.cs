namespace ChatBot.Dialogs.Conversation.Capabilities;

/// <summary>
/// A line of the Help card and the welcome: a command as people type it and what it does, in the
/// reader's language. <see cref="Place"/> orders the lines (lower first); office-only lines come after
/// the others and are shown to the office alone (and never in the welcome).
/// </summary>
public sealed record HelpLine(Func<Lang, string> Say, Func<Lang, string> What, int Place, bool OfficeOnly = false);
