namespace ChatBot.Bot.Channel.Files;

public enum FileOfferStatus
{
    Offered = 0,
    Uploaded = 1,
    Declined = 2,
}

/// <summary>
/// A file the bot offered one member with a consent card, kept until they answer it: the bytes wait
/// here (not in the card), so the card stays small and a click hours later still finds the file. The
/// bytes are dropped once the file is uploaded or declined; offers are pruned after a day.
/// </summary>
public sealed class FileOffer
{
    public string Id { get; set; } = "";
    public string MemberId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public byte[]? Content { get; set; }
    public long Size { get; set; }
    public FileOfferStatus Status { get; set; }
    public DateTimeOffset OfferedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
}
