using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Features.Intake.Extraction;

/// <summary>The words that make a sentence an assignment, an exhortation, a report of the past, or a relay requirement.</summary>
internal static partial class Cues
{
    /// <summary>
    /// Modal and assignment cues. 要 is excluded inside words that merely contain it (重要、主要、需要、要求、要害…),
    /// which are everywhere in speeches and assign nothing.
    /// </summary>
    [GeneratedRegex(@"(?<![重主需只纲必扼首摘紧纪概提简撮机险显])要(?![求点害素闻务件领是])|务必|必须|确保|力争|抓紧(?!抓)|牵头(?!单位|部门|领导|局领导)|负责(?!人|同志|的)|会同|尽快|立即|加快|(?<![必无])须(?![知])|应当|应于|需于|(?<![申邀提聘宴])请(?![示假求教])|责成|要求(?=[^，。；]{0,14}?(?:单位|科室|部门|科|处|办|大队|中心|局|站|所|街道)(?:于|在|要|务必|必须|抓紧|尽快|立即|认真|做好|完成|开展|落实|负责|牵头))")]
    public static partial Regex Modal();

    /// <summary>Cues after which the doers are named: "请X…", "责成X…", "要求X于…前完成".</summary>
    public static bool NamesDoersAfter(string modal) => modal is "请" or "责成" or "要求";

    /// <summary>Cues that are part of the action itself and stay in the task text.</summary>
    [GeneratedRegex(@"^(?:牵头|负责|会同|尽快|立即|加快|抓紧)")]
    public static partial Regex ActionCue();

    /// <summary>
    /// Predicates nobody can check off: attitudes, awareness, style ("要提高政治站位", "要高度重视", "要带头").
    /// Only consulted when no specific unit owns the sentence and no deadline is set.
    /// </summary>
    /// Built from how such predicates are made — an attitude word, a realisation of importance, holding or
    /// overcoming a mindset, leading in person — not from the phrases of one speech.
    [GeneratedRegex(@"站位|认识|自觉|意识|精神|作风|成效|高度重视|带头|增强|提高|坚持|树立|统一思想|担当|敢于|善于|责任人|履行[^，。；]{0,6}职责|履职尽责|加强统筹|按期完成|抓好落实|狠抓落实|认真落实|落到实处|加强协调配合|(?:认识|认清|理解|把握)[^，。；]{0,24}(?:重要性|重要意义|紧迫性|必要性|严峻性|形势)|(?:保持|克服|防止|杜绝|抵制|摒弃|破除|正视)[^，。；]{0,12}(?:头脑|思想|倾向|意识|作风|观念|心态|理念|习气|问题)|(?:亲自|靠前|一线)(?:指挥|部署|督战|调度|督导)")]
    public static partial Regex Exhortation();

    /// <summary>Narration of what already happened ("已召开党委会传达学习了", "召开了专题民主生活会").</summary>
    [GeneratedRegex(@"(?:已经?|业已)(?:召开|组织|开展|完成|传达|学习|部署|印发|制定|成立|建立|落实)|(?:召开|组织|开展|传达|学习|部署|印发|制定|成立|列出|建立|完成|通报|汇报|听取|总结|审议|讨论|通过|取得|作|进行)了|^刚才")]
    public static partial Regex DoneReport();

    /// <summary>The meeting narrating itself ("…在三楼会议室召开…会议", "…主持会议").</summary>
    [GeneratedRegex(@"召开|主持|参加|出席|列席|听取|汇报|参会")]
    public static partial Regex MeetingNarration();

    /// <summary>Words of the people a speech exhorts, who are not units ("我们", "全体干部职工").</summary>
    [GeneratedRegex(@"我们|大家|同志们|干部|职工|党员|领导|班子|成员|一把手|各级|全体|每个人|个人")]
    public static partial Regex People();

    /// <summary>A subject that names a piece of work rather than who does it ("户外大型广告排查整治要…").</summary>
    [GeneratedRegex(@"工作|项目|工程|整治|治理|改革|建设|排查|方案|清单|任务|检查|考评|考核|报告|台账|材料|设施|问题|专项|行动|计划|制度|调研|修缮|改造|整改")]
    public static partial Regex WorkItem();

    /// <summary>Relaying this meeting to one's own unit.</summary>
    [GeneratedRegex(@"传达|学习贯彻|学习研讨|传达学习|专题学习")]
    public static partial Regex Relay();

    [GeneratedRegex(@"班子会议|班子会|干部职工大会|全体干部职工会议|职工大会|干部大会|党员大会|党组会议|党组会|党委会议|党委会|支部委员会|支部会议|专题会议|专题会|专题学习会|学习研讨会|中心组学习会?|办公会议?|全体会议|全体人员会议|科务会|队务会")]
    public static partial Regex RelayForm();

    /// <summary>"报送局党建办备案": the recipient of a filing, who is not its owner.</summary>
    [GeneratedRegex(@"(?:报送|上报|报至|报给|送交|抄送|(?<![汇情举申通预简海电捷喜公日周月年快])报(?![告道表名纸刊警销批]))(?:至|到|给)?(?<to>[\u4e00-\u9fa5]{2,14}?)(?:备案|备查|审核|审定|汇总|存档|审批|$)")]
    public static partial Regex Filing();

    /// <summary>"此项工作要在X月上旬完成": a deadline for the directive just stated.</summary>
    [GeneratedRegex(@"^(?:此项|该项|这项|上述|以上|此|该|这|各项)(?:工作|任务|事项|项目|工程|措施)")]
    public static partial Regex ThisWork();

    [GeneratedRegex(@"完成|办结|完工|到位|落实|结束|报送")]
    public static partial Regex Completion();

    /// <summary>Minutes say "会议要求/明确/议定" before the units they assign to.</summary>
    [GeneratedRegex(@"^(?:会议)?(?:要求|明确|议定|决定|强调|同意|指出|提出)[：:]?$|会议(?:议定|决定|要求|明确|研究确定)")]
    public static partial Regex MinutesLead();
}
