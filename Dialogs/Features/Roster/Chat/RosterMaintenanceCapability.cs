using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Understanding.Llm;

namespace ChatBot.Dialogs.Features.Roster.Chat;

/// <summary>The office keeps the roster in chat: people not matched to Teams, and changes (设为联络员, 添加成员, 更名, 绑定…).</summary>
public sealed class RosterMaintenanceCapability : ICapability
{
    /// <summary>未匹配人员 / unmatched people (office). No slots.</summary>
    public static readonly Verb Unmatched = new("rosterUnmatched", VerbEffect.Reads);
    /// <summary>Roster maintenance (office). Slots: action (addMember|removeMember|setRole|addUnit|addAlias|renameUnit|bind), member, unit, role, value.</summary>
    public static readonly Verb Change = new("rosterChange", VerbEffect.Changes);

    public CapabilityDescription Describe() => Capability.Named("roster.maintenance")
        .HandledBy<RosterMaintenanceFeature>()
        .Tool(Unmatched, "The office asks for roster people not matched to a Teams account (未匹配人员).")
        .Tool(Change, RosterTexts.ChangeProposal, "The office changes the roster (把张三设为市政工程处联络员, 添加成员 李四 市政工程处 干部职工, 删除成员 李四, 添加单位 …, 给X添加别名 Y, 把X更名为Y).",
            new SlotSpec("action", SlotKind.Choice, "What changes.", Required: true)
            {
                Choices = ["addMember", "removeMember", "setRole", "addUnit", "addAlias", "renameUnit", "bind"],
            },
            new SlotSpec("member", SlotKind.Text, "The person's name as written.") { MaxLength = 60 },
            CommonSlots.Unit(),
            new SlotSpec("role", SlotKind.Choice, "head, deputy, liaison or staff (干部职工).") { Choices = ["head", "deputy", "liaison", "staff"] },
            new SlotSpec("value", SlotKind.Text, "The new name, alias or email.") { MaxLength = 100 })
        .Rule(RuleOrder.Question, 10, RosterRules.Maintenance)
        .Build();
}
