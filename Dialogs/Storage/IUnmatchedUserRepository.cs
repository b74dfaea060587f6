using ChatBot.Dialogs.Features.Roster.Matching;

namespace ChatBot.Dialogs.Storage;

/// <summary>People Teams knows and the roster does not, by channel account id.</summary>
public interface IUnmatchedUserRepository
{
    UnmatchedUser? Get(string channelUserId);
    IReadOnlyList<UnmatchedUser> All();
    void Put(UnmatchedUser user);
    void Delete(string channelUserId);
}
