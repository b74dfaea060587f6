namespace ChatBot.Dialogs.Features.OpenItems;

/// <summary>Red overdue, yellow due within the warning window, green on track, grey needs a date.</summary>
public enum TrafficLight
{
    Red = 0,
    Yellow = 1,
    Green = 2,
    Grey = 3,
}

public static class TrafficLights
{
    public static TrafficLight For(DateOnly? due, DateOnly today, int warnDays) => due switch
    {
        null => TrafficLight.Grey,
        { } d when d < today => TrafficLight.Red,
        { } d when d <= today.AddDays(warnDays) => TrafficLight.Yellow,
        _ => TrafficLight.Green,
    };

    public static string Emoji(this TrafficLight light) => light switch
    {
        TrafficLight.Red => "🔴",
        TrafficLight.Yellow => "🟡",
        TrafficLight.Green => "🟢",
        _ => "⚪",
    };

    /// <summary>Adaptive Card text colour for the light.</summary>
    public static string Color(this TrafficLight light) => light switch
    {
        TrafficLight.Red => "Attention",
        TrafficLight.Yellow => "Warning",
        TrafficLight.Green => "Good",
        _ => "Default",
    };
}
