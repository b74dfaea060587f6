namespace ChatBot.Dialogs.Understanding.Time;

/// <summary>Spring Festival (春节, first day of the lunar year) dates; the lunar calendar has no closed form worth shipping.</summary>
public static class SpringFestival
{
    private static readonly DateOnly[] Days =
    [
        new(2024, 2, 10), new(2025, 1, 29), new(2026, 2, 17), new(2027, 2, 6),
        new(2028, 1, 26), new(2029, 2, 13), new(2030, 2, 3),
    ];

    /// <summary>The festival in the given Gregorian year, if the table covers it.</summary>
    public static DateOnly? In(int year) => Days.Where(d => d.Year == year).Select(d => (DateOnly?)d).FirstOrDefault();

    /// <summary>The first festival on or after <paramref name="reference"/>, if the table covers it.</summary>
    public static DateOnly? Next(DateOnly reference) => Days.Where(d => d >= reference).Select(d => (DateOnly?)d).FirstOrDefault();
}
