using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Ledger;

/// <summary>导出台账 / export ledger: the directive ledger as an Excel workbook, within what the member may see.</summary>
public sealed class LedgerCapability : ICapability
{
    /// <summary>导出台账 / export ledger. Slots: meeting (title words, or "this"), unit, from, to (yyyy-MM-dd), scope (all = with closed items), dates ("bad" when a range was not readable).</summary>
    public static readonly Verb Export = new("ledgerExport", VerbEffect.Reads);

    public CapabilityDescription Describe() => Capability.Named("ledger")
        .HandledBy<LedgerFeature>()
        .Tool(Export, "The user asks for the directive ledger as a spreadsheet (导出台账, export ledger), optionally of one meeting, one unit, or meetings held in a date range.",
            new SlotSpec("meeting", SlotKind.Text, "Words naming the meeting, or \"this\" for the current one (本次会议).") { MaxLength = 100 },
            CommonSlots.Unit("Only this unit's directives: its name as the user wrote it."),
            new SlotSpec("from", SlotKind.Date, "Meetings held on or after this day, as yyyy-MM-dd resolved against today's date in the bureau's time zone."),
            new SlotSpec("to", SlotKind.Date, "Meetings held on or before this day, as yyyy-MM-dd."),
            new SlotSpec("scope", SlotKind.Choice, "all: include items already checked off (全部, 含已销号).") { Choices = ["all"] })
        // A command that opens the message, after the delivery report.
        .Rule(RuleOrder.Command, 60, input => LedgerRules.Match(input.Text, input.Today))
        .Help(LedgerTexts.HelpSay, LedgerTexts.HelpWhat, place: 30, officeOnly: true)
        .Build();
}
