using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Roster.Matching;

namespace ChatBot.Dialogs.Features.Roster.Chat;

/// <summary>绑定: the office links an unmatched Teams account to a roster member, in chat or from the unmatched card.</summary>
internal static class BindEdit
{
    public static TurnResult Bind(TurnContext turn, RosterSlots slots)
    {
        var lang = turn.Lang;
        if (slots["value"] is not { } account) return TurnResult.Of(RosterTexts.MissingAccount(lang));
        if (slots["member"] is not { } said) return TurnResult.Of(RosterTexts.MissingRosterMember(lang));
        if (UnmatchedUsers.Find(turn.Store, account) is not { } user) return TurnResult.Of(RosterTexts.UnknownUnmatched(lang, account));
        var found = RosterPeople.Member(turn.Store, said, lang);
        if (found.Value is not { } member) return TurnResult.Of(found.Problem!);

        AccountMatcher.Bind(turn.Store, member, new TeamsAccount(user.Id, user.Name, user.AadObjectId, user.Email, null),
            turn.Member.Id, turn.Clock.UtcNow, turn.Request.ActivityId);
        return new TurnResult().Show(RosterCards.Member(turn.Store, member, lang,
            RosterTexts.LinkedTitle(lang, user.Name ?? user.Id, member.Name)));
    }
}
