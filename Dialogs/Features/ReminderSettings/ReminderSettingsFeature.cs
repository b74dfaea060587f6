using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Reminders;
using ChatBot.Dialogs.Items;

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
        if (intent.Name == ReminderSettingsCapability.Set.Name) return Task.FromResult(Set(turn, intent));
        return Task.FromResult(new TurnResult().Show(Card(turn, turn.Store.Get<Storage.IReminderPreferences>().Get(turn.Member.Id)),
            ReminderSettingsTexts.Summary(turn.Lang, PausedUntil(turn))));
    }

    private DateOnly? PausedUntil(TurnContext turn)
    {
        var pause = turn.Store.Reminders.Pause(turn.Member.Id);
        return pause is not null && pause.Covers(turn.Clock.Today) ? pause.Until : null;
    }

    private System.Text.Json.Nodes.JsonObject Card(TurnContext turn, ReminderPreference? preference)
    {
        var lang = turn.Lang;
        var subjects = Subjects(lang, turn.Member, id => turn.Store.Roster.Unit(id)?.Name ?? id);
        return ReminderSettingsCard.Build(lang, _options, PausedUntil(turn), subjects, preference);
    }

    /// <summary>
    /// 每日汇总 / 即时提醒 / 免打扰: the member's own preference, one write with its audit entry. Quiet hours that do not
    /// read as HH:mm-HH:mm are refused and change nothing.
    /// </summary>
    private TurnResult Set(TurnContext turn, Intent intent)
    {
        var lang = turn.Lang;
        var delivery = turn.Arg(intent, "delivery")?.ToLowerInvariant();
        var quiet = turn.Arg(intent, "quiet");
        if (delivery is not (null or "instant" or "digest")) return TurnResult.Of(Conversation.EngineTexts.UnknownAction(lang));
        string? window = null;
        if (quiet is not null)
        {
            if (quiet.Equals("none", StringComparison.OrdinalIgnoreCase)) window = "";
            else if (QuietWindow.Parse(quiet) is { } parsed) window = parsed.ToString();
            else return TurnResult.Of(ReminderSettingsTexts.BadQuiet(lang));
        }
        if (delivery is null && window is null) return TurnResult.Of(ReminderSettingsTexts.BadQuiet(lang));
        var saved = turn.Store.Write(s =>
        {
            var repo = s.Get<Storage.IReminderPreferences>();
            var before = repo.Get(turn.Member.Id);
            var after = new ReminderPreference
            {
                Id = turn.Member.Id,
                Delivery = delivery is null ? before?.Delivery ?? ReminderDelivery.Instant : delivery == "digest" ? ReminderDelivery.Digest : ReminderDelivery.Instant,
                QuietHours = window ?? before?.QuietHours,
                UpdatedAt = turn.Clock.UtcNow,
            };
            repo.Put(after);
            turn.Audit("member", turn.Member.Id, "reminderPreference", Describe(before), Describe(after));
            return after;
        });
        var text = delivery is not null ? ReminderSettingsTexts.DeliverySet(lang, saved.Delivery, _options.DigestTime) : ReminderSettingsTexts.QuietSet(lang, saved.QuietHours);
        var card = Card(turn, saved);
        if (turn.Request.ExpectsCardResponse) return new TurnResult { CardResponse = card }.Say(text);
        return new TurnResult().Say(text).Show(card);
    }

    private static string? Describe(ReminderPreference? p) => p is null ? null : $"{p.Delivery};quiet={p.QuietHours ?? "bureau"}";

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
