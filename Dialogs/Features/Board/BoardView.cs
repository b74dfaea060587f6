using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Relay;

namespace ChatBot.Dialogs.Features.Board;

/// <summary>What the board tab shows one member: the meetings in their scope, each with its directives × units and relay duties.</summary>
public sealed record BoardView(
    string Member,
    string Scope,
    DateOnly Today,
    BoardFilter Filter,
    BoardCounts Totals,
    IReadOnlyList<BoardMeeting> Meetings,
    BoardChoices Choices,
    IReadOnlyDictionary<string, string> Texts);

/// <summary>Lights of open items and the number closed, counted from the rows shown (the store's, nothing kept aside).</summary>
public sealed record BoardCounts(int Red, int Yellow, int Green, int Grey, int Closed)
{
    public int Total => Red + Yellow + Green + Grey + Closed;

    public static BoardCounts Of(IEnumerable<BoardRow> rows)
    {
        var list = rows.ToList();
        return new BoardCounts(
            list.Count(r => r.Light == TrafficLight.Red), list.Count(r => r.Light == TrafficLight.Yellow),
            list.Count(r => r.Light == TrafficLight.Green), list.Count(r => r.Light == TrafficLight.Grey),
            list.Count(r => r.Light is null));
    }
}

public sealed record BoardMeeting(
    string Id,
    string Title,
    string? Date,
    string? Number,
    BoardCounts Counts,
    IReadOnlyList<BoardDirective> Directives,
    IReadOnlyList<BoardRelay> Relay,
    int RelayDone);

/// <summary>A directive and the units that owe it (lead first).</summary>
public sealed record BoardDirective(string Task, IReadOnlyList<BoardRow> Units);

/// <param name="Light">Null for a closed item: the lights are for work still owed.</param>
/// <param name="Relay">The unit's relay meeting for this item's meeting; null when none is required of it.</param>
public sealed record BoardRow(
    int Number,
    string Unit,
    string Role,
    string Status,
    string StatusLabel,
    DateOnly? Due,
    string DueLabel,
    TrafficLight? Light,
    string LightLabel,
    RelayState? Relay,
    string RelayLabel);

public sealed record BoardRelay(string Unit, RelayState State, string StateLabel, string? Due);

public sealed record BoardChoice(string Value, string Label);

/// <summary>What the filters offer: only units and leaders inside the member's scope.</summary>
public sealed record BoardChoices(IReadOnlyList<BoardChoice> Units, IReadOnlyList<BoardChoice> Leaders, IReadOnlyList<BoardChoice> States);
