using System.Globalization;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Reminders;

/// <summary>
/// 暂停提醒3天 / 恢复提醒: the acting member pauses or resumes their own reminders. Escalations to
/// the leader in charge and the office are not theirs to silence and keep going (the policy ignores pauses for them).
/// </summary>
public sealed class PauseFeature(ReminderOptions options) : ITurnFeature
{
    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        var texts = ReminderTexts.For(turn.Lang);
        var today = turn.Clock.Today;
        if (intent.Name == PauseCapability.Resume)
            return Task.FromResult(TurnResult.Of(turn.Store.ResumeReminders(turn.Member.Id, today) ? texts.Resumed : texts.NotPaused));

        var days = int.TryParse(intent.Slot("days"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
        var pause = turn.Store.PauseReminders(turn.Member.Id, days, today, turn.Clock.UtcNow, options.MaxPauseDays);
        var answer = texts.Paused(pause.Until);
        if (days > options.MaxPauseDays) answer = texts.PauseCapped(options.MaxPauseDays) + (texts.Locale == "zh-CN" ? "" : " ") + answer;
        return Task.FromResult(TurnResult.Of(answer));
    }
}
