using LiteDB;

namespace ChatBot.Dialogs.Storage.LiteDb;

/// <summary>
/// LiteDB's default mapper turns DateTime into local time on read and knows neither DateOnly nor
/// DateTimeOffset; dates are stored as sortable "yyyy-MM-dd" strings and instants as UTC.
/// </summary>
internal static class StoreMapper
{
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper { EnumAsInteger = false };
        mapper.RegisterType<DateOnly>(
            d => new BsonValue(d.ToString("yyyy-MM-dd")),
            b => DateOnly.ParseExact(b.AsString, "yyyy-MM-dd"));
        mapper.RegisterType<DateTimeOffset>(
            d => new BsonValue(d.UtcDateTime),
            b => new DateTimeOffset(DateTime.SpecifyKind(b.AsDateTime.ToUniversalTime(), DateTimeKind.Utc)));
        return mapper;
    }
}
