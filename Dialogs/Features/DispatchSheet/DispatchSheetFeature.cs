using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Items;

namespace ChatBot.Dialogs.Features.DispatchSheet;

/// <summary>
/// 打印督办单 第3条 / 打印催办单 第3条 (office only): the item's 督办单 (or 催办单) as a card here and a
/// one-page .docx for the member. The meeting's number 督办〔YYYY〕N号 is given at dispatch; a meeting
/// dispatched before numbering gets its number now, once.
/// </summary>
public sealed class DispatchSheetFeature : ITurnFeature
{
    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        var lang = turn.Lang;
        if (!turn.Member.IsOffice) return Task.FromResult(TurnResult.Of(DispatchSheetTexts.OfficeOnly(lang)));
        var item = ItemLookup.Find(turn, intent, out var answer);
        if (item is null) return Task.FromResult(TurnResult.Of(answer!));
        var meeting = turn.Store.Meetings.Get(item.MeetingId);
        if (meeting is null) return Task.FromResult(TurnResult.Of(ItemTexts.NotFound(lang, item.Number)));
        meeting = DispatchNumbers.Ensure(turn, meeting);

        var chase = intent.Slot("kind") == "chase";
        var sheet = DispatchSheet.Of(turn.Store, item, meeting, chase, turn.Clock.Today);
        var personal = turn.Request.ConversationType == "personal";
        return Task.FromResult(new TurnResult()
            .Show(DispatchSheetCard.Build(sheet, lang), DispatchSheetTexts.Ready(lang, sheet.Number, item.Number, personal))
            .Send(new OutgoingFile(turn.Member.Id, DispatchSheetTexts.FileName(lang, chase, item.Number), DispatchSheetDocx.Build(sheet, lang),
                DispatchSheetTexts.FileDescription(lang, sheet.Number, item.Number))));
    }
}
