using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Reminders;

namespace ChatBot.Dialogs.Features.ReminderSettings;

/// <summary>
/// 我的提醒设置: the acting member's own pause (if one is in force today), the bureau's reminder settings
/// that apply to them (sending hours, the yellow window, the overdue cadence, escalation) and what their
/// roles get them reminded about. Reads only; the card's button pauses or resumes through <see cref="PauseCapability"/>.
/// </summary>
public sealed class ReminderSettingsFeature(ReminderOptions? options = null) : ITurnFeature
{
    private readonly ReminderOptions _options = options ?? new ReminderOptions();

    public Task<TurnResult> HandleAsync(TurnContext turn, Intent intent, CancellationToken ct)
    {
        var lang = turn.Lang;
        var pause = turn.Store.Reminders.Pause(turn.Member.Id);
        DateOnly? pausedUntil = pause is not null && pause.Covers(turn.Clock.Today) ? pause.Until : null;
        var subjects = Subjects(lang, turn.Member, id => turn.Store.Roster.Unit(id)?.Name ?? id);
        var card = ReminderSettingsCard.Build(lang, _options, pausedUntil, subjects);
        return Task.FromResult(new TurnResult().Show(card, ReminderSettingsTexts.Summary(lang, pausedUntil)));
    }

    /// <summary>What the member's roles get them reminded about, as the reminder policy sends it (ReminderRecipients).</summary>
    private IReadOnlyList<string> Subjects(Lang lang, Member member, Func<string, string> unitName)
    {
        var lines = new List<string> { ReminderSettingsTexts.NamedItems(lang) };
        foreach (var membership in member.Memberships.DistinctBy(m => (m.UnitId, m.Role)))
        {
            var unit = unitName(membership.UnitId);
            switch (membership.Role)
            {
                case UnitRole.Head: lines.Add(ReminderSettingsTexts.UnitItems(lang, unit, ReminderSettingsTexts.HeadRole(lang))); break;
                case UnitRole.Liaison: lines.Add(ReminderSettingsTexts.UnitItems(lang, unit, ReminderSettingsTexts.LiaisonRole(lang))); break;
                case UnitRole.Deputy: lines.Add(ReminderSettingsTexts.DeputyItems(lang, unit)); break;
            }
        }
        if (member.IsLeader && member.Portfolio.Count > 0)
            lines.Add(ReminderSettingsTexts.Portfolio(lang, string.Join(lang.Pick("、", ", "), member.Portfolio.Select(unitName))));
        if (member.IsOffice) lines.Add(ReminderSettingsTexts.Office(lang, _options.DigestTime));
        return lines;
    }
}
