using System.ComponentModel.DataAnnotations;

namespace ChatBot.Bot.Replicas;

/// <summary>Section "Replica": how this process takes part when several run on one store.</summary>
public sealed class ReplicaOptions
{
    public const string Section = "Replica";

    /// <summary>This replica's name in leases and claims (logs, /healthz); empty = host name and process id.</summary>
    public string? Id { get; set; }

    /// <summary>
    /// How long a lease (the reminder scheduler, the outbox sender) lasts unless renewed: a dead replica's work
    /// moves to another after at most this; renewed every third of it.
    /// </summary>
    [Range(2, 3600)]
    public int LeaseSeconds { get; set; } = 15;

    /// <summary>How long another replica leaves a turn alone that this one claimed and did not finish (it died mid-turn).</summary>
    [Range(5, 86400)]
    public int TurnLeaseSeconds { get; set; } = 120;
}
