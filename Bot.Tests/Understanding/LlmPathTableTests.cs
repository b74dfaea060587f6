using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Understanding.Llm;
using Microsoft.Extensions.AI;
using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Features.Intake;
using ChatBot.Dialogs.Features.OpenItems;

namespace ChatBot.Bot.Tests.Understanding;

/// <summary>
/// The LLM path on the same table, with a Moq'd model that answers each row's expected tool call:
/// proves that every intent and slot survives the trip through a tool declaration and back.
/// </summary>
public sealed class LlmPathTableTests
{
    public static TheoryData<int> RowIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < UtteranceTable.Rows.Count; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(RowIndexes))]
    public async Task Tool_call_for_each_row_maps_back_to_the_expected_intent(int index)
    {
        var row = UtteranceTable.Rows[index];
        var llm = new LlmHarness().CallsTool(row.Intent, ToolArguments(row));

        var got = await llm.Recognizer.RecognizeAsync(row.Text, Lang.Zh, new RecognitionContext("conv", "m1"), CancellationToken.None);

        Assert.True(RulePathTableTests.Same(row.Expected, got), $"{row}: expected {RulePathTableTests.Show(row.Expected)}, got {RulePathTableTests.Show(got)}");
        Assert.False(got.UnderstoodByRulesAfterLlmFailure);
    }

    [Fact]
    public void Every_intent_is_offered_as_a_declaration_only_tool_with_an_object_schema()
    {
        // Every verb a message can be understood as but confirm: only a person confirms, so the model is never offered it.
        var names = CapabilityRegistry.BuiltIn.Verbs.Where(v => v.Reach != VerbReach.CardOnly).Select(v => v.Verb.Name).ToHashSet();
        names.Remove(EngineCapability.Confirm);
        Assert.Equal(names, CapabilityRegistry.BuiltIn.Tools.Select(t => t.Name).ToHashSet());
        foreach (var tool in CapabilityRegistry.BuiltIn.Tools)
        {
            // A declaration, not an AIFunction: a function-invoking client has nothing it could run.
            Assert.IsNotAssignableFrom<AIFunction>(tool.Declaration);
            Assert.Equal(tool.Name, tool.Declaration.Name);
            var schema = JsonNode.Parse(tool.Declaration.JsonSchema.GetRawText())!.AsObject();
            Assert.Equal("object", (string?)schema["type"]);
            Assert.False((bool?)schema["additionalProperties"]);
            Assert.Equal(tool.Slots.Select(s => s.Name), schema["properties"]!.AsObject().Select(p => p.Key));
        }
    }

    [Fact]
    public async Task The_model_is_offered_every_tool_and_the_user_text_as_a_user_message()
    {
        var llm = new LlmHarness().CallsTool(OpenItemsCapability.OpenItems);
        await llm.Recognizer.RecognizeAsync("我的待办", Lang.Zh, new RecognitionContext("conv", "m1"), CancellationToken.None);

        var call = Assert.Single(llm.Calls);
        Assert.Equal(CapabilityRegistry.BuiltIn.Tools.Count, call.Options!.Tools!.Count);
        Assert.Equal(ChatRole.System, call.Messages[0].Role);
        Assert.Equal(ChatRole.User, call.Messages[^1].Role);
        Assert.Equal("我的待办", call.Messages[^1].Text);
    }

    /// <summary>The row's slots typed as the tool's schema says: numbers as numbers, lists as arrays.</summary>
    internal static Dictionary<string, object?> ToolArguments(Utterance row)
    {
        var tool = CapabilityRegistry.BuiltIn.Tool(row.Intent)!;
        var args = new Dictionary<string, object?>();
        foreach (var (key, value) in row.Slots)
        {
            if (row.Intent == IntakeCapability.Start && key == "text") continue; // taken from the message, not the model
            args[key] = tool.Slot(key)!.Kind switch
            {
                SlotKind.Integer => int.Parse(value),
                SlotKind.List => value.Split(','),
                _ => value,
            };
        }
        return LlmHarness.Arguments(args);
    }
}
