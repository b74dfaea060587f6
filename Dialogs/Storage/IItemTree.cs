using ChatBot.Dialogs.Domain;

namespace ChatBot.Dialogs.Storage;

/// <summary>
/// 转派 (Features/Cascade): the items passed down from an item (<see cref="Assignment.ParentId"/>). Reached with
/// <c>store.Get&lt;IItemTree&gt;()</c>; reads the assignments collection by its ParentId index.
/// </summary>
public interface IItemTree
{
    /// <summary>The items passed down from <paramref name="parentId"/>, in number order.</summary>
    IReadOnlyList<Assignment> Children(string parentId);
}
