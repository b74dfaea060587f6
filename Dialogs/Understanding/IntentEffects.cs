using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Understanding;

/// <summary>Which intents lead to a change (after the feature's confirmation) and which only read.</summary>
public static class IntentEffects
{
    private static readonly HashSet<string> ReadOnly = new(StringComparer.Ordinal)
    {
        Intents.Help, Intents.OpenItems, Intents.RelayStatus, Intents.ItemHistory,
        Intents.RosterWhoIs, Intents.RosterMyUnit, Intents.RosterUnmatched, Intents.Cancel, Intents.Unknown,
        Intents.DeliveryReport,
        // Ledger (Features/Ledger): a file made from the store, nothing changes.
        Intents.LedgerExport,
        // Numbered sheets (Features/DispatchSheet): a printout; a legacy meeting's number is bookkeeping, audited.
        Intents.PrintDispatchSheet,
    };

    /// <summary>True for every intent that can end in a state change once a person confirms it.</summary>
    public static bool ChangesState(string intent) => !ReadOnly.Contains(intent);
}
