using System.Text.Json.Nodes;

namespace ChatBot.Dialogs.Features.Intake.Review;

/// <summary>The review card's buttons (verbs: <see cref="IntakeCapability"/>); data names the draft and its reviewer so any office member's click finds it.</summary>
public static class IntakeVerbs
{
    public static JsonObject Data(IntakeDraft draft, int? page = null)
    {
        var data = new JsonObject { ["draftId"] = draft.Id, ["reviewer"] = draft.ReviewerId };
        if (page is { } p) data["page"] = p;
        return data;
    }
}
