using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Relay;

/// <summary>传达落实确认: 签收, confirming the relay meeting (card or text), corrections, and the status board.</summary>
public sealed class RelayCapability : ICapability
{
    /// <summary>签收 (typed, or the dispatch card's button). Slots: meeting.</summary>
    public static readonly Verb SignFor = new("signFor", VerbEffect.Changes);
    /// <summary>A unit held its relay meeting; the dispatch card's 确认已传达 opens the form. Slots: date, forms, attendees, unit, notes, meeting.</summary>
    public static readonly Verb Confirm = new("relayConfirm", VerbEffect.ChangesAfterItsOwnCard);
    /// <summary>更正：参会人数是45. Slots: attendees, date, forms, notes.</summary>
    public static readonly Verb Correct = new("relayCorrect", VerbEffect.Changes);
    /// <summary>传达情况 / relay status. Slots: meeting, unit.</summary>
    public static readonly Verb Status = new("relayStatus", VerbEffect.Reads);
    /// <summary>The form's submit (and the prefilled card's 确认).</summary>
    public static readonly Verb Submit = new("relaySubmit", VerbEffect.Changes);
    /// <summary>Which unit? — a member of several units picks one; the prefilled card follows.</summary>
    public static readonly Verb ChooseUnit = new("relayUnit", VerbEffect.ChangesAfterItsOwnCard);

    public CapabilityDescription Describe() => Capability.Named("relay")
        .HandledBy<RelayFeature>()
        .Tool(Confirm, "The user reports that their unit held its relay meeting (传达会议) for the leadership meeting: e.g. 我们处昨天下午开了干部职工大会传达了，42人参加.",
            CommonSlots.Date("The day the relay meeting was held."), CommonSlots.Forms(), CommonSlots.Attendees(),
            CommonSlots.Unit("The unit that held it, only when the user names one (not 我们处)."),
            new SlotSpec("notes", SlotKind.Text, "Anything else the user said about the meeting."),
            CommonSlots.Meeting())
        .Tool(Correct, RelayTexts.CorrectProposal, "The user corrects an earlier relay confirmation (更正：参会人数是45).",
            CommonSlots.Attendees(), CommonSlots.Date("The corrected meeting day."), CommonSlots.Forms(), new SlotSpec("notes", SlotKind.Text, "Corrected notes."))
        .Tool(Status, "The user asks which units have or have not relayed a meeting (传达情况, relay status).", CommonSlots.Meeting(), CommonSlots.Unit())
        .Tool(SignFor, RelayTexts.SignForProposal, "The user signs for receipt of their unit's directives (签收, acknowledge).", CommonSlots.Meeting())
        .CardVerb(Submit)
        .CardVerb(ChooseUnit)
        // Status is a question, so it goes before the reports; after the roster questions.
        .Rule(RuleOrder.Question, 30, RelayRules.Status)
        // After the item reports (a progress report may say 已完成…传达), correction before confirmation.
        .Rule(RuleOrder.Report, 40, input => RelayRules.Correct(input.Text, input.Today))
        .Rule(RuleOrder.Report, 50, input => RelayRules.Confirm(input.Text, input.Today))
        .Rule(RuleOrder.Report, 60, RelayRules.SignFor)
        .Help(RelayTexts.HelpSay, RelayTexts.HelpWhat, place: 20)
        .Build();
}
