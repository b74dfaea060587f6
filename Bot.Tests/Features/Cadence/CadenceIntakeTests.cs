using ChatBot.Bot.Tests.Features.Intake.Chat;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Features.Cadence;
using ChatBot.Dialogs.Features.Intake;
using ChatBot.Dialogs.Storage;
using ChatBot.Dialogs.Understanding.Cadence;

namespace ChatBot.Bot.Tests.Features.Cadence;

/// <summary>A cadence in a directive's words: shown under the item in the review, kept at dispatch, audited.</summary>
public class CadenceIntakeTests : IntakeChatTest
{
    private const string Minutes = """
        局办公会议纪要
        2026年11月25日，局长主持召开办公会议，研究部署冬季保障工作。
        一、市政工程处要在12月31日前完成北环路排水管网改造，每周五前报送工作进展。
        二、局人事科要在12月底前完成年度考核方案的起草。
        """;

    [Fact]
    public async Task The_review_shows_the_cadence_and_dispatch_keeps_it_for_that_item_only()
    {
        var review = await _chat.SayAsync(_chat.Office, Minutes);
        Assert.Contains("报送：每周五前", review);

        var done = await _chat.ClickAsync(_chat.Office, IntakeCapability.Confirm, _chat.Button(IntakeCapability.Confirm));
        Assert.Contains("已下发", done);
        var assignments = _f.Store.Lite().Assignments.FindAll().OrderBy(a => a.Number).ToList();
        var cadences = _f.Store.Get<IReportCadences>();
        var cadence = cadences.Get(assignments.Single(a => a.UnitId == "szgc").Id);
        Assert.NotNull(cadence);
        Assert.Equal((CadenceKind.Weekly, DayOfWeek.Friday), (cadence.Kind, cadence.Weekday));
        Assert.Single(cadences.All());
        Assert.Single(_f.Store.Lite().Audit.FindAll(), e => e.Action == CadenceFeature.AuditSet && e.To == "W5");
    }
}
