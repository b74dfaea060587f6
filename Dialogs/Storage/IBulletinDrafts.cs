using ChatBot.Dialogs.Features.Bulletin;

namespace ChatBot.Dialogs.Storage;

/// <summary>本月通报 drafts (Features/Bulletin): each with its own id, owner and expiry, edited until posted.</summary>
public interface IBulletinDrafts
{
    BulletinDraft? Get(string id);
    /// <summary>The owner's drafts, newest first.</summary>
    IReadOnlyList<BulletinDraft> OfOwner(string ownerId);
    void Put(BulletinDraft draft);
}
