using ChatBot.Dialogs.Features.Intake.Extraction;
using static ChatBot.Bot.Tests.Features.Intake.IntakeFixtures;

namespace ChatBot.Bot.Tests.Features.Intake;

/// <summary>
/// How a notice is built decides what is a task and what its deadline is: a policy's period is no deadline,
/// a limit ("…前") wins over a period named in passing, a self-check form's questions and a scoring table's
/// rows are not tasks, and one sentence of a unit's division-of-labour line is one item (Texts/25_…).
/// </summary>
public class StructureReadingTests
{
    private static readonly ExtractionResult R = Extract(Text("25_notice_windows_and_forms.txt"), []);

    [Fact]
    public void A_policy_period_is_not_a_deadline_but_a_work_period_ends_in_one()
    {
        Assert.DoesNotContain(R.Directives, d => d.Source.Contains("可申领")); // permission, not a task
        var widen = R.One("助餐补贴对象");
        Assert.Equal(["区民政局"], widen.Owners);
        Assert.Null(widen.DeadlineText); // the period the wider rule applies in
        var selfCheck = R.One("消防设施自查");
        Assert.Equal(new DateOnly(2027, 3, 31), selfCheck.Due);
    }

    [Fact]
    public void A_written_limit_wins_over_a_period_named_in_passing()
    {
        var list = R.One("名单报送区民政局");
        Assert.Equal("4月10日前", list.DeadlineText);
    }

    [Fact]
    public void Self_check_questions_and_scoring_rows_are_not_tasks()
    {
        Assert.DoesNotContain(R.Directives, d => d.Source.Contains("是否"));
        Assert.DoesNotContain(R.Directives, d => d.Source.Contains("（2分）") || d.Source.Contains("留存记录"));
        Assert.Equal(new DateOnly(2027, 2, 28), R.One("年度复核").Due); // a task after the table is still read
    }

    [Fact]
    public void A_units_duty_line_gives_one_item_per_sentence_marked_for_review()
    {
        var duties = R.Directives.Where(d => d.Owners.SequenceEqual(["养老服务中心"])).ToList();
        Assert.Equal(2, duties.Count);
        Assert.Contains("核对申领人员名册", duties[0].Source);
        Assert.Contains("入户走访", duties[0].Source); // "；同时配合…" continues the same duty
        Assert.Contains("补贴发放台账", duties[1].Source);
        Assert.All(duties, d => Assert.Contains(ReviewCodes.Unsure, d.NeedsReview));
        Assert.All(R.Directives, d => Assert.Contains(d.Source, Text("25_notice_windows_and_forms.txt")));
    }
}
