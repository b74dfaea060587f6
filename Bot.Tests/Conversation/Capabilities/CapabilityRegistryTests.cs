using ChatBot.Dialogs.Storage.LiteDb;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Features.Help;
using ChatBot.Dialogs.Features.Reminders;
using ChatBot.Dialogs.Storage;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Bot.Tests.Conversation.Capabilities;

/// <summary>The registry every part reads: one declaration per verb, every verb reachable, the rules in their fixed order, collections created at open.</summary>
public class CapabilityRegistryTests
{
    private static CapabilityRegistry BuiltIn => CapabilityRegistry.BuiltIn;

    [Fact]
    public void No_verb_is_declared_twice_and_a_second_declaration_is_refused()
    {
        var names = BuiltIn.Capabilities.SelectMany(c => c.Verbs).Select(v => v.Verb.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        var error = Assert.Throws<InvalidOperationException>(() => new CapabilityRegistry([new HelpCapability(), new HelpAgain()]));
        Assert.Contains("'help'", error.Message);
    }

    [Fact]
    public void Every_verb_is_offered_as_a_tool_or_is_explicitly_card_or_rule_only()
    {
        foreach (var spec in BuiltIn.Verbs)
        {
            if (spec.Reach == VerbReach.Tool) Assert.True(spec.Tool?.Name == spec.Verb.Name, $"{spec.Verb} has no tool of its name");
            else Assert.True(spec.Tool is null, $"{spec.Verb} is {spec.Reach} but offers a tool");
        }
        // Only a person confirms: the model is never offered 确认.
        Assert.Equal(VerbReach.RulesOnly, BuiltIn.Verb(EngineCapability.Confirm)!.Reach);
        Assert.Null(BuiltIn.Tool(EngineCapability.Confirm));
    }

    [Fact]
    public void Every_verb_but_the_engine_own_goes_to_a_handler()
    {
        var engine = new EngineCapability().Describe().Verbs.Select(v => v.Verb.Name).ToHashSet();
        foreach (var spec in BuiltIn.Verbs.Where(v => !engine.Contains(v.Verb.Name)))
            Assert.True(BuiltIn.HandlerOf(spec.Verb) is { } h && typeof(ITurnFeature).IsAssignableFrom(h), $"{spec.Verb} has no handler");
    }

    [Fact]
    public void The_rules_run_in_the_order_the_recogniser_always_had()
    {
        // Most specific first: a pasted document, the whole-message commands, review edits, questions, reports,
        // the broad query. (Capabilities added later take their own places among these.)
        string[] before =
        [
            "intake", "engine", "help", "reminders.pause", "delivery", "intake",
            "roster.lookup", "roster.maintenance", "roster.lookup", "relay",
            "checkOff.decision", "checkOff.request", "itemHistory", "progress", "relay", "relay", "relay",
            "openItems",
        ];
        Assert.Equal(before, BuiltIn.Rules.InOrder.Select(r => r.Capability).Where(before.Contains));
    }

    [Fact]
    public void Two_rules_in_one_place_are_refused_so_order_never_depends_on_registration()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new CapabilityRegistry([new HelpCapability(), new SamePlaceAsHelp()]));
        Assert.Contains("Command 10", error.Message);
    }

    [Fact]
    public void The_confirmation_gate_reads_each_verb_effect()
    {
        Assert.False(BuiltIn.ChangesState(HelpCapability.Help));
        Assert.True(BuiltIn.ChangesState(PauseCapability.Pause));
        Assert.False(BuiltIn.ShownBackByTheFeature(PauseCapability.Pause));
        Assert.True(BuiltIn.ShownBackByTheFeature(ChatBot.Dialogs.Features.Relay.RelayCapability.Confirm));
        // A name no capability declares is treated as a change: the safe side.
        Assert.True(BuiltIn.ChangesState("noSuchVerb"));
        Assert.Equal("暂停提醒", BuiltIn.ProposalAction(Lang.Zh, PauseCapability.Pause));
        Assert.Equal("pause your reminders", BuiltIn.ProposalAction(Lang.En, PauseCapability.Pause));
        // Every change the model may propose is named on the confirmation card in words, never by its wire name.
        foreach (var spec in BuiltIn.Verbs.Where(v => v.Tool is not null && v.Verb.Effect == VerbEffect.Changes))
            Assert.NotEqual(spec.Verb.Name, BuiltIn.ProposalAction(Lang.Zh, spec.Verb));
    }

    [Fact]
    public void AddCapability_registers_the_description_and_its_handler_once()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new ReminderOptions());
        services.AddCapability<PauseCapability>();
        services.AddCapability<PauseCapability>();
        services.AddCapability<HelpCapability>();
        using var provider = services.BuildServiceProvider();
        var registry = provider.GetRequiredService<CapabilityRegistry>();
        Assert.Equal(["help", "reminders.pause", "engine"], registry.Capabilities.Select(c => c.Name));
        var handlers = provider.GetServices<ITurnFeature>().ToList();
        Assert.Equal(2, handlers.Count);
        Assert.Contains(handlers, h => h is PauseFeature);
        Assert.Contains(handlers, h => h is HelpFeature);
        // Only what was registered is offered to the model.
        Assert.Equal(["help", "pauseReminders", "resumeReminders", "cancel", "unknown"], registry.Tools.Select(t => t.Name));
    }

    private sealed class HelpAgain : ICapability
    {
        public CapabilityDescription Describe() => Capability.Named("helpAgain").HandledBy<HelpFeature>().Tool(HelpCapability.Help, "again").Build();
    }

    private sealed class SamePlaceAsHelp : ICapability
    {
        public CapabilityDescription Describe() => Capability.Named("samePlace").HandledBy<HelpFeature>()
            .Tool(new Verb("samePlace", VerbEffect.Reads), "x")
            .Rule(RuleOrder.Command, 10, (string _) => null).Build();
    }
}
