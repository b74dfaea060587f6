using ChatBot.Bot.Tests.Infrastructure;
using Npgsql;

namespace ChatBot.Bot.Tests.Storage;

/// <summary>TestKit's throwaway PostgreSQL: a server on loopback that leaves nothing behind.</summary>
public class PostgreSqlClusterTests
{
    [SkippableFact]
    public void A_cluster_listens_on_loopback_and_leaves_nothing_when_stopped()
    {
        PostgreSql.Require();
        string folder;
        using (var cluster = PostgreSqlCluster.Start())
        {
            folder = Path.GetDirectoryName(cluster.DataDirectory)!;
            var database = cluster.CreateDatabase("probe");
            using var connection = new NpgsqlConnection(database);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT current_setting('listen_addresses')", connection);
            Assert.Equal("127.0.0.1", command.ExecuteScalar());
            Assert.Equal("127.0.0.1", connection.Host);
        }
        Assert.False(Directory.Exists(folder));
    }
}
