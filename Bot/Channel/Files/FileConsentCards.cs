using System.Text.Json.Nodes;
using ChatBot.Bot.Channel.Schema;

namespace ChatBot.Bot.Channel.Files;

/// <summary>
/// Teams' two file cards: the consent card that asks a member to accept a file in their 1:1 chat (its
/// accept and decline contexts name the offer, never the bytes), and the file info card that shows the
/// file once it is in their OneDrive.
/// </summary>
public static class FileConsentCards
{
    public const string ConsentContentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string InfoContentType = "application/vnd.microsoft.teams.card.file.info";
    public const string InvokeName = "fileConsent/invoke";
    public const string OfferKey = "offerId";

    public static Attachment Consent(FileOffer offer) => new()
    {
        ContentType = ConsentContentType,
        Name = offer.Name,
        Content = new JsonObject
        {
            ["description"] = offer.Description,
            ["sizeInBytes"] = offer.Size,
            ["acceptContext"] = new JsonObject { [OfferKey] = offer.Id },
            ["declineContext"] = new JsonObject { [OfferKey] = offer.Id },
        },
    };

    public static Attachment Info(string name, string contentUrl, string? uniqueId, string? fileType) => new()
    {
        ContentType = InfoContentType,
        Name = name,
        ContentUrl = contentUrl,
        Content = new JsonObject { ["uniqueId"] = uniqueId, ["fileType"] = fileType },
    };
}
