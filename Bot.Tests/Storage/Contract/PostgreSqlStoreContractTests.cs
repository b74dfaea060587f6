using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Storage.PostgreSql;

namespace ChatBot.Bot.Tests.Storage.Contract;

/// <summary>The store contract on the PostgreSQL provider: each location is a new database on a throwaway cluster.</summary>
public sealed class PostgreSqlStoreContractTests : StoreContract
{
    protected override string NewLocation() => PostgreSql.NewDatabase("contract");

    protected override IStore OpenAt(string location) => new PostgreSqlStore(location);
}
