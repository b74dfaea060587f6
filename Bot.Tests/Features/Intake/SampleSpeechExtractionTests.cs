using ChatBot.Dialogs.Features.Intake.Extraction;
using Xunit.Abstractions;
using static ChatBot.Bot.Tests.Features.Intake.IntakeFixtures;

namespace ChatBot.Bot.Tests.Features.Intake;

/// <summary>The sample speech of a city management bureau, judged against a hand-made answer key.</summary>
public class SampleSpeechExtractionTests(ITestOutputHelper output)
{
    /// <summary>What a careful clerk would copy into the ledger: a key in the source, the lead units, the deadline as written.</summary>
    private static readonly (string Key, string[] Owners, string? Deadline)[] AnswerKey =
    [
        ("报送局党建办备案", ["*"], null),
        ("三年目标任务", ["局人事科", "公用事业管理科"], "X月底前"),
        ("执法重心下移", ["分管同志", "城管执法一大队"], "X月上旬"),
        ("户外大型广告排查整治", [], null),
        ("京环公司清扫保洁检查考评", ["市环卫处"], null),
        ("达川区环卫市场化改革", ["市环卫处"], "年底之前"),
        ("市扬尘治理办", ["市扬尘治理办"], null),
        ("违法建设行为，请分管同志", ["分管同志", "政策法规科", "执法大队"], null),
        ("金南大道西延线", ["市政工程处"], null),
        ("黑臭水体", [], null),
        ("春节亮化", [], null),
        ("地下管涵", [], "尽快"),
        ("党员量化积分考核", ["局人事科"], "近期"),
        ("成立督查组", ["*"], null),
    ];

    private readonly ExtractionResult _result = Extract(Sample);

    [Fact]
    public void Relay_requirement_is_every_unit_by_board_and_staff_meetings_within_the_window()
    {
        var relay = Assert.Single(_result.Relay);
        Assert.Equal(["*"], relay.Units);
        Assert.Equal(["班子会议", "干部职工大会"], relay.Forms);
        Assert.Equal("迅速", relay.DeadlineText);
        Assert.Equal(new DateOnly(2026, 12, 2), relay.Due); // Fri + 3 working days
        Assert.Contains("局属各单位要迅速召开班子会议、干部职工大会", relay.Source);
    }

    [Fact]
    public void Meeting_title_is_read_from_the_opening()
    {
        Assert.Equal("局党组扩大会议", _result.Meeting.Title);
        Assert.Null(_result.Meeting.Date);
    }

    [Fact]
    public void Recall_and_precision_against_the_answer_key()
    {
        var text = Sample;
        var matched = AnswerKey.Where(k => _result.Directives.Any(d => Matches(d, k))).ToList();
        var genuine = _result.Directives.Count(d => AnswerKey.Any(k => d.Source.Contains(k.Key)));
        var recall = (double)matched.Count / AnswerKey.Length;
        var precision = _result.Directives.Count == 0 ? 0 : (double)genuine / _result.Directives.Count;
        output.WriteLine($"sample speech: {_result.Directives.Count} directives, recall {recall:P0} ({matched.Count}/{AnswerKey.Length}, owners and deadline text right), precision {precision:P0} ({genuine}/{_result.Directives.Count})");
        foreach (var miss in AnswerKey.Except(matched)) output.WriteLine($"  missed: {miss.Key}");
        foreach (var d in _result.Directives.Where(d => !AnswerKey.Any(k => d.Source.Contains(k.Key)))) output.WriteLine($"  false: {d.Source}");
        output.WriteLine(ExtractionText.Write(_result));

        Assert.True(recall >= 0.9, $"recall {recall:P0}");
        Assert.True(precision >= 0.9, $"precision {precision:P0}");
        Assert.All(_result.Directives, d => Assert.Contains(d.Source, text));
    }

    private static bool Matches(ExtractedDirective d, (string Key, string[] Owners, string? Deadline) k) =>
        d.Source.Contains(k.Key) && k.Owners.All(d.Owners.Contains) && d.DeadlineText == k.Deadline;

    [Fact]
    public void Assignments_carry_owners_assisting_and_review_flags()
    {
        var plans = _result.One("三年目标任务");
        Assert.Equal(["局人事科", "公用事业管理科"], plans.Owners);
        Assert.Contains("needs-date", plans.NeedsReview);

        var research = _result.One("执法重心下移");
        Assert.Equal(["分管同志", "城管执法一大队"], research.Owners);
        Assert.Equal(["通川区城治办", "街道办事处", "社区"], research.Assisting);
        Assert.Contains("person-owner:分管同志", research.NeedsReview);
        Assert.Contains("unknown-owner:通川区城治办", research.NeedsReview);
        Assert.Equal("X月上旬", research.DeadlineText);

        var reform = _result.One("达川区环卫市场化改革");
        Assert.Equal(new DateOnly(2026, 12, 31), reform.Due);

        var illegal = _result.One("违法建设行为，请分管同志");
        Assert.Contains("unknown-owner:执法大队", illegal.NeedsReview);
        Assert.Contains("辖区政府", illegal.Assisting);

        var filing = _result.One("报送局党建办备案");
        Assert.DoesNotContain("局党建办", filing.Owners);

        var pipes = _result.One("地下管涵");
        Assert.Contains("no-owner", pipes.NeedsReview);
        Assert.Contains("needs-date", pipes.NeedsReview);
    }

    [Theory]
    [InlineData("提升政治站位")]
    [InlineData("我们必须统一思想认识")]
    [InlineData("召开了专题民主生活会")]
    [InlineData("局班子成员和全体干部职工要进一步")]
    [InlineData("各级领导干部务必认清")]
    [InlineData("局分管领导要靠前指挥")]
    [InlineData("这里先传达王组长的讲话要求")]
    public void Exhortations_and_narration_are_not_directives(string words) =>
        Assert.DoesNotContain(_result.Directives, d => d.Source.Contains(words));
}
