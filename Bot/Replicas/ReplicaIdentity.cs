using System.Security.Cryptography;

namespace ChatBot.Bot.Replicas;

/// <summary>
/// Who this process is among the replicas: <see cref="Id"/> is the readable name (<c>Replica:Id</c>, else host
/// and process id); <see cref="Holder"/> adds a nonce of this start, so a replica restarted under the same name
/// (a pod keeps its host name, and in a container the process id is always 1) never mistakes the claims of its
/// previous life for its own.
/// </summary>
public sealed class ReplicaIdentity
{
    public ReplicaIdentity(string? configuredId = null)
    {
        Id = string.IsNullOrWhiteSpace(configuredId) ? $"{Environment.MachineName}:{Environment.ProcessId}" : configuredId.Trim();
        Holder = $"{Id}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
    }

    public string Id { get; }
    public string Holder { get; }

    /// <summary>For components built without a host (tests, the bench): one identity per process.</summary>
    public static ReplicaIdentity Local { get; } = new();

    public override string ToString() => Holder;
}
