using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace ChatBot.Dialogs.Understanding.Llm;

/// <summary>
/// One verb offered to the model as a tool: its name is the intent's name, its parameters are the
/// intent's slots. It is a declaration only — there is no code behind it for a client to invoke, so a
/// function-invoking pipeline cannot act on the model's choice; the recogniser reads the call instead.
/// </summary>
public sealed class IntentTool
{
    public IntentTool(string name, string description, params SlotSpec[] slots)
    {
        Name = name;
        Description = description;
        Slots = slots;
        Schema = BuildSchema(slots);
        Declaration = AIFunctionFactory.CreateDeclaration(name, description, JsonSerializer.SerializeToElement(Schema));
    }

    public string Name { get; }
    public string Description { get; }
    public IReadOnlyList<SlotSpec> Slots { get; }

    /// <summary>The tool's text is the user's whole message (a pasted document): the recogniser takes it from the message, never from the model's copy.</summary>
    public bool TakesTheMessage { get; init; }
    public JsonObject Schema { get; }
    public AIFunctionDeclaration Declaration { get; }

    public SlotSpec? Slot(string name) => Slots.FirstOrDefault(s => s.Name == name);

    private static JsonObject BuildSchema(IReadOnlyList<SlotSpec> slots)
    {
        var properties = new JsonObject();
        foreach (var slot in slots)
            properties[slot.Name] = SlotSchema(slot);
        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray(slots.Where(s => s.Required).Select(s => (JsonNode)JsonValue.Create(s.Name)!).ToArray()),
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject SlotSchema(SlotSpec slot)
    {
        var schema = new JsonObject { ["description"] = slot.Description };
        switch (slot.Kind)
        {
            case SlotKind.Integer:
                schema["type"] = "integer";
                if (slot.Min != int.MinValue) schema["minimum"] = slot.Min;
                if (slot.Max != int.MaxValue) schema["maximum"] = slot.Max;
                break;
            case SlotKind.Date:
                schema["type"] = "string";
                schema["format"] = "date";
                schema["pattern"] = @"^\d{4}-\d{2}-\d{2}$";
                break;
            case SlotKind.Choice:
                schema["type"] = "string";
                schema["enum"] = Strings(slot.Choices);
                break;
            case SlotKind.List:
                schema["type"] = "array";
                schema["items"] = slot.Choices.Count > 0
                    ? new JsonObject { ["type"] = "string", ["enum"] = Strings(slot.Choices) }
                    : new JsonObject { ["type"] = "string" };
                break;
            default:
                schema["type"] = "string";
                schema["maxLength"] = slot.MaxLength;
                break;
        }
        return schema;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
}
