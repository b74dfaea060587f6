using Npgsql;

namespace ChatBot.TestKit;

/// <summary>What a database takes on disk, for the bench's store_bytes on PostgreSQL.</summary>
public static class PostgreSqlDatabaseSize
{
    public static long Of(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)command.ExecuteScalar()!;
    }
}
