using ChatBot.Bot.Tests.Web;

namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>
/// Tests on a real PostgreSQL (TestKit's <see cref="PostgreSqlCluster"/>, one throwaway cluster per test
/// run): skipped where PostgreSQL is not installed, but failing under CI=true, where .ci/run installs it.
/// </summary>
public static class PostgreSql
{
    /// <summary>A new, empty database on the shared cluster; skips the test when PostgreSQL is not installed.</summary>
    public static string NewDatabase(string prefix = "dt")
    {
        Require();
        return PostgreSqlCluster.Shared.CreateDatabase(prefix);
    }

    /// <summary>Skips the test without PostgreSQL, except under CI=true, where it fails.</summary>
    public static void Require()
    {
        if (PostgreSqlCluster.IsInstalled) return;
        if (BrowserFactAttribute.IsCi) throw new InvalidOperationException(PostgreSqlCluster.NotInstalledReason);
        Skip.If(true, PostgreSqlCluster.NotInstalledReason);
    }
}
