using ChatBot.Bot.Hosting;
using ChatBot.Bot.Intake;
using ChatBot.Dialogs.Features.Intake;
using ChatBot.Dialogs.Features.Intake.Extraction;
using Microsoft.Extensions.Configuration;
using static ChatBot.Bot.Tests.Features.Intake.IntakeFixtures;

namespace ChatBot.Bot.Tests.Features.Intake;

/// <summary>
/// Relay requirements in many wordings (a request to bodies below the issuer + a relay act on a meeting's or
/// document's spirit), and sentences that look like one but are not: relays already held, the issuer's own
/// study, requests to people, standing rules, meeting rules, decisions, and 传达 in another sense.
/// All texts are written for these tests.
/// </summary>
public class RelayRequirementTests
{
    [Theory]
    [InlineData("各科室要在本周五前召开科务会，原原本本传达本次会议精神。")]
    [InlineData("请各执法大队于12月8日前组织全体队员集中学习讨论会议精神。")]
    [InlineData("会后，市政工程处、市环卫处要立即召开班子会议传达会议要求。")]
    [InlineData("会议要求，局属各单位一周内召开干部职工大会，传达学习全市城管工作会议精神。")]
    [InlineData("各基层党支部要以主题党日为载体，组织党员专题学习市党代会精神。")]
    [InlineData("各街道要迅速行动，通过座谈会、宣讲会等形式把区人代会精神宣讲到社区。")]
    [InlineData("各直属单位党组（党委）会要在12月10日前专题传达学习全会精神。")]
    [InlineData("各区县城管局要将本次会议精神传达到每一名一线执法队员。")]
    [InlineData("要求以科室为单位，组织干部职工认真学习会议审议通过的《实施意见》精神。")]
    [InlineData("市、县两级城管部门要把学习宣传贯彻省委全会精神作为首要政治任务，迅速组织宣讲。")]
    [InlineData("各直属单位理论学习中心组要安排专题学习，深入领会会议精神。")]
    [InlineData("各中队要在放假前召开全体队员会议，传达会议精神和节日值守要求。")]
    [InlineData("会后3个工作日内，各科室要召开专题会，把会议精神传达到全体人员。")]
    [InlineData("会议议定：各中心、各站所于12月15日前组织职工学习本次会议精神。")]
    [InlineData("县文旅局、县卫健局要立即召开党组会议，传达学习市委经济工作会议精神。")]
    [InlineData("各乡镇党委要组织开展全会精神集中宣讲，确保宣讲覆盖到每个村组。")]
    [InlineData("全系统各级党组织要采取集中学习、专题辅导等多种形式，及时将党代会精神传达到每一名党员。")]
    [InlineData("各学校要迅速召开教职工大会，传达学习全市教育大会精神，并于12月20日前将学习情况报局办公室。")]
    [InlineData("同时，市局印发通知，要求各分局以党支部为单位开展专题学习，吃透会议精神。")]
    [InlineData("各社区要利用居民议事会等载体，把区党代会精神宣讲到千家万户。")]
    [InlineData("各事业单位务必于12月底前完成会议精神的传达，做到全覆盖。")]
    [InlineData("城管执法一大队要在下周一前召开队务会，对会议精神进行传达学习。")]
    [InlineData("各分公司、各项目部要抓好这次大会精神的学习宣贯，层层传达到班组。")]
    [InlineData("各分局应于12月12日前召开局务会，传达学习全省城管工作会议精神。")]
    [InlineData("局所属单位要在12月10日前召开干部职工会议，传达学习全省城管工作会议精神。")]
    [InlineData("基层党组织要以支部为单位组织党员学习全会精神。")]
    [InlineData("各执法中队要加强组织领导，抓好传达学习和贯彻落实工作。")]
    public void A_request_to_subordinate_bodies_to_pass_the_spirit_down_is_a_relay(string sentence)
    {
        var r = Extract(sentence);
        var relay = Assert.Single(r.Relay);
        Assert.NotEmpty(relay.Units);
        Assert.Contains(relay.Source, sentence);
        Assert.DoesNotContain(r.Directives, d => d.Source.Contains(relay.Source) || relay.Source.Contains(d.Source));
    }

    [Theory]
    [InlineData("11月28日，各科室已召开科务会传达学习了会议精神。")]
    [InlineData("会后，各执法大队迅速召开队务会，传达了会议精神。")]
    [InlineData("局党组要带头学习贯彻全会精神，发挥示范作用。")]
    [InlineData("全体党员干部要深入学习领会全会精神。")]
    [InlineData("各党支部每月召开一次支部委员会，传达学习上级文件精神。")]
    [InlineData("各党支部要每季度召开一次党员大会，传达学习上级会议精神。")]
    [InlineData("各单位要定期组织干部职工学习业务知识。")]
    [InlineData("各单位要严格执行会议纪律，不得无故缺席。")]
    [InlineData("会议研究决定，召开全市城管工作会议。")]
    [InlineData("各区要及时传达预警信息，做好防范应对。")]
    [InlineData("门卫室要及时把来访信息传达到有关科室。")]
    [InlineData("市局将于12月上旬召开全系统干部大会，传达学习省委全会精神。")]
    [InlineData("各单位要结合实际，认真贯彻落实会议精神，确保各项任务落地见效。")]
    [InlineData("各科室要组织开展业务学习培训，提升执法能力。")]
    [InlineData("各单位要深入学习贯彻关于城市工作的重要指示批示精神。")]
    [InlineData("各街道要加强对沿街商户的政策宣讲，引导商户规范经营。")]
    [InlineData("参会人员要提前15分钟入场，会议期间手机调至静音。")]
    [InlineData("各单位要按时参加全市安全生产电视电话会议。")]
    [InlineData("会上，张局长传达了省厅工作会议精神。")]
    [InlineData("各单位负责人要带头学习，做学习的表率。")]
    [InlineData("会议传达学习了市委常委会会议精神，研究了近期重点工作。")]
    [InlineData("各单位要把上级传达的工作要求落实到位。")]
    [InlineData("我们要迅速掀起学习贯彻全会精神的热潮。")]
    [InlineData("二要迅速掀起学习宣传贯彻热潮。")]
    [InlineData("各单位要及时将会议时间、地点传达到参会人员。")]
    [InlineData("各单位要召开专题会议，研究部署冬季除雪保畅工作。")]
    [InlineData("各单位要于12月5日前将学习贯彻会议精神情况报局办公室。")]
    [InlineData("各单位每月召开一次安全例会，学习上级文件精神。")]
    public void Accounts_own_study_people_rules_and_other_senses_are_not_relays(string sentence) =>
        Assert.Empty(Extract(sentence).Relay);

    [Fact]
    public void Units_forms_and_deadline_are_read_from_the_clause()
    {
        var relay = Assert.Single(Extract("会后，市政工程处、市环卫处要立即召开班子会议传达会议要求。").Relay);
        Assert.Equal(["市政工程处", "市环卫处"], relay.Units);
        Assert.Equal(["班子会议"], relay.Forms);
        Assert.Equal("立即", relay.DeadlineText);

        var listed = Assert.Single(Extract("全系统各级党组织要采取集中学习、专题辅导等多种形式，及时将党代会精神传达到每一名党员。").Relay);
        Assert.Equal(["*"], listed.Units);
        Assert.Equal(["集中学习", "专题辅导"], listed.Forms);
        Assert.Null(listed.DeadlineText); // 及时 is urgency, not a deadline

        var byBranch = Assert.Single(Extract("要求以科室为单位，组织干部职工认真学习会议审议通过的《实施意见》精神。").Relay);
        Assert.Equal(["科室"], byBranch.Units);

        var carrier = Assert.Single(Extract("各基层党支部要以主题党日为载体，组织党员专题学习市党代会精神。").Relay);
        Assert.Equal(["主题党日", "专题学习"], carrier.Forms);

        var party = Assert.Single(Extract("各直属单位党组（党委）会要在12月10日前专题传达学习全会精神。").Relay);
        Assert.Equal(["党组（党委）会"], party.Forms);
        Assert.Equal(new DateOnly(2026, 12, 10), party.Due);
    }

    [Fact]
    public void The_time_stated_with_the_request_is_the_deadline_not_a_report_date_after_it()
    {
        var school = Assert.Single(Extract("各学校要迅速召开教职工大会，传达学习全市教育大会精神，并于12月20日前将学习情况报局办公室。").Relay);
        Assert.Equal("迅速", school.DeadlineText);
        Assert.Equal(new DateOnly(2026, 12, 2), school.Due); // Fri 11-27 + 3 working days

        var week = Assert.Single(Extract("会议要求，局属各单位一周内召开干部职工大会，传达学习全市城管工作会议精神。").Relay);
        Assert.Equal("一周内", week.DeadlineText);
        Assert.Equal(Ref.AddDays(7), week.Due);

        var days = Assert.Single(Extract("会后3个工作日内，各科室要召开专题会，把会议精神传达到全体人员。").Relay);
        Assert.Equal("3个工作日内", days.DeadlineText);
        Assert.Equal(new DateOnly(2026, 12, 2), days.Due);
        Assert.StartsWith("会后3个工作日内", days.Source);
    }

    [Fact]
    public void Before_the_holiday_is_the_last_working_day_before_the_next_holiday_in_the_calendar()
    {
        const string text = "各中队要在放假前召开全体队员会议，传达会议精神和节日值守要求。";
        var values = new Dictionary<string, string?> { ["Bureau:CalendarFolder"] = Path.Combine(RepoRoot, "seeds", "calendar") };
        var settings = IntakeServiceCollectionExtensions.ExtractionSettings(new IntakeOptions(), BureauSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(values).Build()).LoadCalendar());

        var withCalendar = Assert.Single(new RuleExtractor(settings).Extract(text, IntakeFixtures.Roster, Ref).Relay);
        Assert.Equal("放假前", withCalendar.DeadlineText);
        Assert.Equal(new DateOnly(2026, 12, 31), withCalendar.Due); // New Year's Day 2027 is a Friday

        var withoutCalendar = Assert.Single(Extract(text).Relay);
        Assert.Equal("放假前", withoutCalendar.DeadlineText);
        Assert.Null(withoutCalendar.Due); // Monday–Friday knows no holiday: the office supplies the date
    }

    [Fact]
    public void A_news_report_gives_the_requirement_without_the_relay_already_held()
    {
        const string text = """
            区城管局传达学习市委全会精神
            12月1日，区城管局召开党组会议，传达学习市委全会精神，并要求各执法中队迅速组织队员认真学习全会精神。
            会后，局机关各科室迅速组织传达学习会议精神。
            """;
        var relay = Assert.Single(Extract(text, []).Relay);
        Assert.StartsWith("并要求各执法中队", relay.Source);
        Assert.Equal("迅速", relay.DeadlineText);
    }

    [Fact]
    public void Minutes_with_tasks_and_a_relay_report_the_relay_once_and_the_tasks_as_directives()
    {
        const string text = """
            局务会议纪要
            2026年11月20日，局长主持召开局务会议。会议议定如下：
            一、市政工程处要在12月15日前完成桥梁护栏检修。
            二、市环卫处要在12月20日前完成垃圾中转站除臭改造。
            三、各单位要在一周内召开班子会议，传达学习本次会议精神，并于12月4日前将传达情况报局办公室。
            四、局办公室要在12月底前汇总各单位年度考核材料。
            """;
        var r = Extract(text);
        var relay = Assert.Single(r.Relay);
        Assert.Equal(["*"], relay.Units);
        Assert.Equal(["班子会议"], relay.Forms);
        Assert.Equal("一周内", relay.DeadlineText);
        Assert.Equal(3, r.Directives.Count);
        Assert.DoesNotContain(r.Directives, d => d.Source.Contains("传达"));
    }

    [Fact]
    public void Items_after_a_lead_that_names_the_units_are_addressed_to_them()
    {
        const string text = """
            会议要求各单位：一是迅速召开专题会议，传达学习本次会议精神；二是市政工程处要在12月10日前完成路面修补。
            最后，二要抓紧学习。
            """;
        var r = Extract(text);
        var relay = Assert.Single(r.Relay);
        Assert.Equal(["*"], relay.Units);
        Assert.StartsWith("一是迅速召开专题会议", relay.Source);
        Assert.Equal(["专题会议"], relay.Forms);
        Assert.Contains(r.Directives, d => d.Source.Contains("路面修补"));
    }

    [Fact]
    public void A_sentence_without_its_own_doer_continues_the_one_before()
    {
        var relay = Assert.Single(Extract("各执法中队要高度重视。要迅速召开队务会，传达学习本次会议精神。", []).Relay);
        Assert.Equal(["各执法中队"], relay.Units);
        Assert.StartsWith("要迅速召开队务会", relay.Source);

        Assert.Empty(Extract("全体党员要高度重视。要迅速传达学习本次会议精神。", []).Relay);
        var elaborated = Extract("各执法中队要迅速召开队务会传达会议精神。要坚持以学习贯彻会议精神为抓手，推动各项工作落实。", []);
        Assert.StartsWith("各执法中队要迅速召开队务会", Assert.Single(elaborated.Relay).Source);
    }

    [Fact]
    public void A_plan_item_assigns_the_relay_without_a_modal()
    {
        const string text = """
            二、宣讲安排
            1.区委宣讲团集中宣讲。宣讲团成员分赴各街道开展宣讲。
            2.基层微宣讲。各村党支部利用主题党日，面向党员群众开展全会精神宣讲。
            """;
        var relay = Assert.Single(Extract(text, []).Relay);
        Assert.StartsWith("各村党支部", relay.Source);
        Assert.Contains("主题党日", relay.Forms);
    }

    [Fact]
    public void A_mistyped_closing_quote_does_not_hide_the_rest_of_the_sentence()
    {
        var relay = Assert.Single(Extract("各党支部要组织党员收看“大会“直播，通过座谈会等形式加强会议精神学习。", []).Relay);
        Assert.Contains("座谈会", relay.Forms);
    }
}
