namespace ChatBot.Dialogs.Features.Bulletin;

/// <summary>Configuration section "Bulletin".</summary>
public sealed class BulletinOptions
{
    public const string Section = "Bulletin";

    /// <summary>The office channel the bulletin is posted to; empty: the channel it was drafted in, else the channel of the latest dispatched meeting.</summary>
    public string ConversationId { get; set; } = "";

    /// <summary>How long a draft can be edited and posted.</summary>
    public int DraftHours { get; set; } = 72;

    public void Validate()
    {
        if (DraftHours is < 1 or > 24 * 31) throw new InvalidOperationException($"{Section}:{nameof(DraftHours)} must be from 1 to 744, not {DraftHours}");
    }
}
