using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Dialogs.Storage;

namespace ChatBot.Bot.Tests.Storage.Contract;

/// <summary>The store contract on the LiteDB provider, on a real file in a temporary folder.</summary>
public sealed class LiteDbStoreContractTests : StoreContract
{
    private readonly TempDir _dir = new();
    private int _files;

    protected override string NewLocation() => _dir.File($"store-{++_files}.db");

    protected override IStore OpenAt(string location) => new LiteDbStore(location);

    public override void Dispose()
    {
        base.Dispose();
        _dir.Dispose();
    }
}
