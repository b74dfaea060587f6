using ChatBot.Dialogs.Understanding.Rules;
using ChatBot.Dialogs.Conversation.Capabilities;

namespace ChatBot.Dialogs.Conversation;

/// <summary>
/// Only a person confirms. A typed turn is a confirmation exactly when the rules recognise the person's
/// own words as one (确认, 好的确认, 是的, yes, confirm…); whatever a model read into the message has no
/// say: its "confirm" for "你好" or "好的我看看" counts for nothing, and its other reading of "确认"
/// is replaced by the confirmation the person typed. The other way to confirm is the waiting card's
/// own button, which carries that card's id.
/// </summary>
internal static class ConfirmationGate
{
    public static Intent Apply(Intent understood, string text)
    {
        if (ConversationRules.IsConfirmation(text)) return Intent.Of(EngineCapability.Confirm);
        return understood.Name == EngineCapability.Confirm ? Intent.Of(EngineCapability.Unknown) : understood;
    }
}
