using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>Finds the meeting a relay turn is about: by id (cards), by title words (typed), or the latest dispatched one.</summary>
public sealed class RelayMeetings(IStore store)
{
    public abstract record Found;
    public sealed record Open(Meeting Meeting) : Found;
    public sealed record Missing : Found;
    public sealed record NotOpen(Meeting Meeting) : Found;

    public Found Find(string? meetingId, string? titleWords, Func<Meeting, bool>? relevant = null)
    {
        if (!string.IsNullOrWhiteSpace(meetingId))
        {
            var byId = store.Meetings.Get(meetingId);
            return byId is null ? new Missing() : Check(byId);
        }
        var dispatched = store.Meetings.WithStatus(MeetingStatus.Dispatched)
            .OrderByDescending(m => m.DispatchedAt ?? m.CreatedAt).ToList();
        if (!string.IsNullOrWhiteSpace(titleWords))
        {
            var words = titleWords.Trim();
            var named = store.Meetings.All().Where(m => m.Title.Contains(words, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(m => m.Status == MeetingStatus.Dispatched).ThenByDescending(m => m.DispatchedAt ?? m.CreatedAt).FirstOrDefault();
            return named is null ? new Missing() : Check(named);
        }
        var latest = dispatched.FirstOrDefault(m => relevant?.Invoke(m) ?? true) ?? dispatched.FirstOrDefault();
        return latest is null ? new Missing() : new Open(latest);
    }

    private static Found Check(Meeting m) => m.Status == MeetingStatus.Dispatched ? new Open(m) : new NotOpen(m);
}
