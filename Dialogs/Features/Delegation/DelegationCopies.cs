using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Delegation;

/// <summary>
/// 代理 in delivery: a message for someone with an active deputy also goes to the deputy, once, marked as a
/// copy in the deputy's language (its card's buttons work for the deputy, who acts with the principal's roles).
/// </summary>
public static class DelegationCopies
{
    public static IReadOnlyList<ProactiveMessage> With(IStoreSession store, IReadOnlyList<ProactiveMessage> messages, DateOnly today, BureauLanguage bureau)
    {
        if (messages.All(m => m.MemberId is null)) return messages;
        var repo = store.Get<IDelegations>();
        var all = messages.ToList();
        var keys = messages.Select(m => m.IdempotencyKey).ToHashSet(StringComparer.Ordinal);
        foreach (var m in messages)
        {
            if (m.MemberId is not { } principalId || m.UpdateKey is not null) continue;
            foreach (var d in repo.DeputiesOf(principalId, today))
            {
                var key = $"{m.IdempotencyKey}:deputy:{d.DeputyId}";
                if (!keys.Add(key)) continue;
                var principal = store.Roster.Member(principalId)?.Name ?? principalId;
                var lang = MemberLanguage.Of(store, d.DeputyId, bureau.Default);
                var prefix = DelegationTexts.CopyFor(lang, principal);
                all.Add(m with { IdempotencyKey = key, MemberId = d.DeputyId, Message = m.Message with { Text = m.Message.Text is { } t ? prefix + "\n\n" + t : prefix } });
            }
        }
        return all;
    }
}
