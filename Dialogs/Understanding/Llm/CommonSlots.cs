namespace ChatBot.Dialogs.Understanding.Llm;

/// <summary>Slots several capabilities' tools share, described the same way to the model everywhere.</summary>
public static class CommonSlots
{
    public static SlotSpec Item(bool required = false) =>
        new("item", SlotKind.Integer, "The item's number as the user wrote it (第3条 → 3). Omit when the user did not write a number.", required) { Min = 1, Max = 9999 };

    public static SlotSpec Unit(string description = "A unit's name exactly as the user wrote it.") => new("unit", SlotKind.Text, description) { MaxLength = 60 };

    public static SlotSpec Meeting() => new("meeting", SlotKind.Text, "Words naming the leadership meeting, when the user names one.") { MaxLength = 100 };

    public static SlotSpec Date(string description) => new("date", SlotKind.Date, description + " As yyyy-MM-dd, resolved against today's date in the bureau's time zone.");

    public static SlotSpec Forms() => new("forms", SlotKind.List, "The relay meeting form(s) held: 班子会议 (leadership team meeting, 党组会), 干部职工大会 (all-staff meeting), 专题会 (dedicated meeting).")
    {
        Choices = ["班子会议", "干部职工大会", "专题会"],
    };

    public static SlotSpec Attendees() => new("attendees", SlotKind.Integer, "Number of people who attended (四十二人 → 42).") { Min = 1, Max = 100_000 };
}
