using ChatBot.Dialogs.Features.Intake.Extraction;
using static ChatBot.Bot.Tests.Features.Intake.IntakeFixtures;

namespace ChatBot.Bot.Tests.Features.Intake;

/// <summary>
/// Recall first: notices, plans and minutes state tasks without 要/须, with the owner in a heading, a label or
/// the clause's subject. Such clauses are kept and marked "unsure"; past facts, attitudes and framing are not.
/// </summary>
public class RecallFirstExtractionTests
{
    [Fact]
    public void Notice_carries_stage_deadlines_and_section_owners_to_subjectless_sentences()
    {
        var r = Extract(Text("21_notice_unit_sections.txt"));

        // A unit as subject with an action under a dated stage is an assignment; a sentence with no subject
        // under a unit's heading is kept too, marked for the reviewer.
        var selfCheck = r.One("开展全面自查");
        Assert.Equal("12月15日前", selfCheck.DeadlineText);
        Assert.Contains("各供水站", selfCheck.Owners);
        Assert.DoesNotContain(ReviewCodes.Unsure, selfCheck.NeedsReview);
        Assert.Contains(ReviewCodes.Unsure, r.One("制定检查记录表").NeedsReview);

        var spotCheck = r.One("进行抽查");
        Assert.Equal("2027年1月10日前", spotCheck.DeadlineText);
        Assert.Contains("水质监测站", spotCheck.Owners);

        Assert.Equal(["调度中心"], r.One("制定检查记录表").Owners);
        Assert.Equal(["调度中心"], r.One("跟踪销号").Owners);
        Assert.Equal(["河道管理所"], r.One("开展巡查").Owners);

        var report = r.One("将自查报告报送");
        Assert.Equal("12月20日前", report.DeadlineText);
        Assert.DoesNotContain("调度中心", report.Owners);
    }

    [Theory]
    [InlineData("21_notice_unit_sections.txt", "高度重视")]
    [InlineData("21_notice_unit_sections.txt", "去年冬季")]
    [InlineData("21_notice_unit_sections.txt", "通知如下")]
    [InlineData("22_minutes_director_office.txt", "会议认为")]
    [InlineData("22_minutes_director_office.txt", "听取了")]
    [InlineData("24_division_of_labour.txt", "提高站位")]
    [InlineData("26_notice_basis_and_capacity.txt", "部署要求")]
    [InlineData("26_notice_basis_and_capacity.txt", "20吨/日")]
    [InlineData("26_notice_basis_and_capacity.txt", "共同责任")]
    public void Attitude_past_facts_and_framing_are_not_tasks(string file, string words) =>
        Assert.DoesNotContain(Extract(Text(file)).Directives, d => d.Source.Contains(words));

    [Fact]
    public void The_tasks_around_a_cited_basis_a_capacity_and_a_statement_of_duty_are_kept()
    {
        var r = Extract(Text("26_notice_basis_and_capacity.txt"));
        Assert.Contains(r.Directives, d => d.Source.Contains("建立漂浮物清捞台账"));
        Assert.Contains(r.Directives, d => d.Source.Contains("开展水质检测"));
        Assert.Contains(r.Directives, d => d.Source.Contains("排查情况报送") && d.DeadlineText == "3月20日前");
    }

    [Fact]
    public void Minutes_read_the_bracketed_lead_and_the_unit_labels()
    {
        var r = Extract(Text("22_minutes_director_office.txt"));

        var plan = r.One("改造方案编制");
        Assert.Equal("12月底前", plan.DeadlineText);
        Assert.Contains("计划财务科", plan.Assisting);

        Assert.Equal(["物资仓库"], r.One("清点现有物资").Owners);
        var contract = r.One("签订采购合同");
        Assert.Equal(["后勤服务中心"], contract.Owners);
        Assert.Equal("本月底前", contract.DeadlineText);
    }

    [Fact]
    public void A_reply_letter_of_past_facts_has_no_directives()
    {
        var r = Extract(Text("23_reply_letter_past.txt"));
        Assert.Empty(r.Directives);
        Assert.Empty(r.Relay);
    }

    [Fact]
    public void Division_of_labour_gives_each_unit_its_own_item()
    {
        var r = Extract(Text("24_division_of_labour.txt"));

        Assert.Equal(["平安办"], r.One("牵头组织背街小巷环境整治").Owners);
        Assert.Equal(["平安办"], r.One("对整治进展进行通报").Owners);
        Assert.Equal(["城建中心"], r.One("制定整治点位清单").Owners);

        Assert.Equal(["街道执法中队"], r.One("查处占道经营").Owners);
        Assert.Equal(["社区卫生服务站"], r.One("病媒生物防制").Owners);
        Assert.Equal(["物业公司"], r.One("清理楼道堆物").Owners);

        var survey = r.One("完成首轮排查");
        Assert.Equal("本通知印发之日起30日内", survey.DeadlineText);
        Assert.NotNull(survey.Due);
    }

    [Fact]
    public void Every_source_is_verbatim_and_unsure_items_are_marked_not_dropped()
    {
        foreach (var file in new[] { "21_notice_unit_sections.txt", "22_minutes_director_office.txt", "24_division_of_labour.txt" })
        {
            var text = Text(file);
            var r = Extract(text);
            Assert.NotEmpty(r.Directives);
            Assert.All(r.Directives, d => Assert.Contains(d.Source, text));
            Assert.Contains(r.Directives, d => d.NeedsReview.Contains(ReviewCodes.Unsure));
        }
    }
}
