using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Features.Intake.Extraction.Relay;

/// <summary>
/// The parts a relay requirement is built from: a request, an addressee below the issuer, a relay act and
/// its object (the spirit of a meeting or document). Each part is a word class, read on masked text.
/// </summary>
internal static partial class RelayCues
{
    /// <summary>A request whose doer stands before it ("各单位要…", "务必", "必须"). 要 inside 重要/主要/需要/要求… is not one.</summary>
    [GeneratedRegex(@"(?<![重主需只纲必扼首摘紧纪概提简撮机险显])要(?![求点害素闻务件领是])|务必|必须|(?<![必无])须(?![知])|应(?:当|该)?(?=[^，,。]{0,12}?(?:召开|组织|传达|学习|宣讲|宣贯))")]
    public static partial Regex RequestBefore();

    /// <summary>A request whose addressee follows it ("要求各部门…", "责成…", "请各单位…", "会议议定，…").</summary>
    [GeneratedRegex(@"(?<![纪律通知工作部署])要求(?![^，,。]{0,2}(?:的|是))|责成|(?<![申邀提聘宴])请(?![示假求教])|议定")]
    public static partial Regex RequestAfter();

    /// <summary>Bodies below the issuer: "各单位", "全县各基层团组织", "各级工会", "所属单位", "基层党组织"; not "各位", "各项", "各种".</summary>
    [GeneratedRegex(@"(?:各(?!位|项|种|自|方面|个|样|式|环节|类问题|地方)|(?:所属|下属|直属|局属|市属|区属|县属|基层)各?)(?:级|类|有关|相关|基层)?[\u4e00-\u9fa5]{0,10}?(?:单位|部门|部室|科室|处室|股室|党组织|组织|总支|支部|党委|党组|工会|团委|学校|院校|医院|镇街|乡镇|街道|社区|地区|区县|县区|村|区|县|市|地|局|处|科|所|站|队|中心|公司|企业|机构|院|系|委|办)")]
    public static partial Regex EachBody();

    /// <summary>"以党支部为单位", "以部门为单位": the body each relay is held in.</summary>
    [GeneratedRegex(@"以(?<u>[\u4e00-\u9fa5]{1,10})为单位")]
    public static partial Regex AsUnit();

    /// <summary>"公司、分公司两级中心组", "市、区两级城管部门": several levels at once.</summary>
    [GeneratedRegex(@"(?<list>[\u4e00-\u9fa5、]{1,16}?)(?:两|三|四)级")]
    public static partial Regex Levels();

    /// <summary>The issuer's own leading bodies, which a speech also exhorts ("局党组要…"): not subordinates.</summary>
    [GeneratedRegex(@"^(?:我|本)|(?:党组|党委|党总支|班子|常委会?|中心组|机关)$")]
    public static partial Regex OwnBody();

    /// <summary>传达 in its relay sense; "传达室", "传达…信息/信号/正能量", "上级传达的要求" are other senses.</summary>
    [GeneratedRegex(@"传达(?!室|出|着|的)(?![^，,。]{0,8}?(?:信息|信号|理念|声音|温暖|关爱|关怀|正能量|价值|情感|心声|意图|指令|态度))")]
    public static partial Regex Convey();

    /// <summary>Spreading by talks: 宣讲 needs a spirit to spread, 宣贯 (宣传贯彻) is always one.</summary>
    [GeneratedRegex(@"宣讲|宣贯")]
    public static partial Regex Preach();

    /// <summary>Organised study whose form says it is collective ("集中学习讨论", "专题学习", "组织…学习").</summary>
    [GeneratedRegex(@"集中学习|专题学习|专题辅导|学习讨论|学习研讨|中心组学习|组织[^，,。；]{0,30}?学习|开展[^，,。；]{0,30}?学习(?!方式|平台|型)")]
    public static partial Regex OrganisedStudy();

    /// <summary>Plain study ("认真学习贯彻…"): a relay only when its object is a meeting's or document's spirit.</summary>
    [GeneratedRegex(@"学习(?!方式|平台|型|笔记|强国)")]
    public static partial Regex Study();

    /// <summary>Convening a meeting ("召开专题会议，贯彻本次会议精神").</summary>
    [GeneratedRegex(@"召开[^，,。；]{0,12}?(?:会议|会)")]
    public static partial Regex Convene();

    /// <summary>The spirit of a meeting or document: "会议精神", "全会精神", "十九大精神", "“两会”精神", "《通知》精神", "本次会议".</summary>
    [GeneratedRegex(@"(?:会议?|大|全会|”|》|文件)的?精神|(?:本次|这次|此次|今天的?|今日|上述)(?:会议|大会|活动)")]
    public static partial Regex MeetingSpirit();

    /// <summary>What a relay conveys: a spirit, requirements, a speech or a document (not a meeting's time and place).</summary>
    [GeneratedRegex(@"精神|要求|讲话|部署|指示|批示|文件|决定|意见")]
    public static partial Regex Conveyable();

    /// <summary>"传达学习", "学习传达", "传达贯彻": 传达 paired with study is always a relay.</summary>
    [GeneratedRegex(@"传达(?:学习|贯彻)|学习传达")]
    public static partial Regex ConveyAndStudy();

    /// <summary>Reporting how the relay went ("将学习贯彻情况报局办公室") is part of a relay, not one of its own.</summary>
    [GeneratedRegex(@"情况(?:书面)?(?:报送|上报|报告|报)|(?:报送|上报)[^，,。]{0,12}?情况")]
    public static partial Regex ReportBack();

    /// <summary>An account of what was done ("已召开", "传达了", "先后召开").</summary>
    [GeneratedRegex(@"(?:已经?|业已|均已)(?:召开|组织|开展|完成|传达|学习|宣讲)|(?:召开|组织|开展|传达|学习(?!了解)|宣讲|进行|举办)了|先后召开|分别召开")]
    public static partial Regex Done();

    /// <summary>A standing rule about meetings ("每季召开一次党员大会", "定期组织学习").</summary>
    [GeneratedRegex(@"(?:每(?:年|季度?|月|周|半年|学期|星期)|定期)[^，,。]{0,8}?(?:召开|组织|开展|学习|传达|宣讲)|原则上")]
    public static partial Regex Standing();

    /// <summary>A sentence that goes on without naming its doer ("要迅速召开…", "同时要…"): the previous sentence's doer.</summary>
    [GeneratedRegex(@"^(?:同时|并且?|还|也|会后)?[，,]?要(?![求点害素闻务件领是])")]
    public static partial Regex BareRequest();

    /// <summary>Words before the request that belong to it: "会后，", "同时，", "会议要求，", "会后3个工作日内，", "12月10日前，".</summary>
    [GeneratedRegex(@"^(?:[\u4e00-\u9fa5]{1,4}|(?:会议|会上|[\u4e00-\u9fa5]{2,3}同志)?(?:要求|强调|指出|提出|议定)|(?:会后)?[\d一二三四五六七八九十两半]{1,3}个?(?:工作日|日|天|周|星期|月)(?:内|之内)|[\d一二三四五六七八九十XxＸ年月日号底上中下旬]{2,12}(?:前|之前|以前))$")]
    public static partial Regex Lead();
}
