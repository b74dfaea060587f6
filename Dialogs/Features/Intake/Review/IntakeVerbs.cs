using System.Text.Json.Nodes;

namespace ChatBot.Dialogs.Features.Intake.Review;

/// <summary>The review card's buttons; data names the draft and its reviewer so any office member's click finds it.</summary>
public static class IntakeVerbs
{
    public const string Confirm = "intakeConfirm";
    public const string Cancel = "intakeCancel";
    public const string Page = "intakePage";

    public static JsonObject Data(IntakeDraft draft, int? page = null)
    {
        var data = new JsonObject { ["draftId"] = draft.Id, ["reviewer"] = draft.ReviewerId };
        if (page is { } p) data["page"] = p;
        return data;
    }
}
