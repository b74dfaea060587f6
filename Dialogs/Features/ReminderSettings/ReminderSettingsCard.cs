using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Reminders;

namespace ChatBot.Dialogs.Features.ReminderSettings;

/// <summary>The settings as facts, what the member is reminded about as a list, and 暂停提醒 or 恢复提醒 as fits.</summary>
internal static class ReminderSettingsCard
{
    public static JsonObject Build(Lang lang, ReminderOptions options, DateOnly? pausedUntil, IReadOnlyList<string> subjects, ReminderPreference? preference = null)
    {
        var delivery = preference?.Delivery ?? ReminderDelivery.Instant;
        var quiet = preference?.QuietHours ?? options.QuietHours;
        var facts = new List<(string, string)>
        {
            (ReminderSettingsTexts.StatusLabel(lang), pausedUntil is { } until ? ReminderSettingsTexts.PausedUntil(lang, until) : ReminderSettingsTexts.Receiving(lang)),
            (ReminderSettingsTexts.HoursLabel(lang), ReminderSettingsTexts.Hours(lang, options.WorkdayStart, options.WorkdayEnd)),
            (ReminderSettingsTexts.ApproachingLabel(lang), ReminderSettingsTexts.Approaching(lang, options.ApproachingDays)),
            (ReminderSettingsTexts.OverdueLabel(lang), ReminderSettingsTexts.Overdue(lang, options.OverdueCadenceDays)),
            (ReminderSettingsTexts.EscalationLabel(lang), ReminderSettingsTexts.Escalation(lang, options.EscalateAfterDays)),
            (ReminderSettingsTexts.LongestPauseLabel(lang), ReminderSettingsTexts.LongestPause(lang, options.MaxPauseDays)),
            (ReminderSettingsTexts.DeliveryLabel(lang), ReminderSettingsTexts.Delivery(lang, delivery, options.DigestTime)),
            (ReminderSettingsTexts.QuietLabel(lang), ReminderSettingsTexts.Quiet(lang, quiet)),
        };
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Text(ReminderSettingsTexts.Title(lang), bold: true, size: "Medium"),
            AdaptiveCard.Facts(facts),
            AdaptiveCard.Text(ReminderSettingsTexts.AboutTitle(lang), bold: true),
        };
        body.AddRange(subjects.Select(s => AdaptiveCard.Text("• " + s)));
        if (pausedUntil is null) body.Add(AdaptiveCard.Text(ReminderSettingsTexts.PauseHint(lang, options.MaxPauseDays), subtle: true));
        // The button is the member's own click: the pause feature carries it out as it does the typed command.
        var action = pausedUntil is null
            ? AdaptiveCard.Submit(ReminderSettingsTexts.PauseAction(lang), PauseCapability.Pause)
            : AdaptiveCard.Submit(ReminderSettingsTexts.ResumeAction(lang), PauseCapability.Resume);
        body.Add(AdaptiveCard.Text(ReminderSettingsTexts.PreferenceHint(lang), subtle: true));
        var other = delivery == ReminderDelivery.Digest ? "instant" : "digest";
        var toggle = AdaptiveCard.Submit(ReminderSettingsTexts.DeliveryAction(lang, other), ReminderSettingsCapability.Set, new JsonObject { ["delivery"] = other });
        return AdaptiveCard.New([.. body]).WithActions(action, toggle);
    }
}
