using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Features.Audit;
using ChatBot.Dialogs.Features.CheckOff;
using ChatBot.Dialogs.Features.Delivery;
using ChatBot.Dialogs.Features.Help;
using ChatBot.Dialogs.Features.Intake;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Progress;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Features.Reminders;
using ChatBot.Dialogs.Features.ReminderSettings;
using ChatBot.Dialogs.Features.Roster.Chat;
using ChatBot.Dialogs.Features.Extension;
using ChatBot.Dialogs.Features.Reassign;
using ChatBot.Dialogs.Features.Ledger;
using ChatBot.Dialogs.Features.DispatchSheet;
using ChatBot.Dialogs.Features.Bulletin;
using ChatBot.Dialogs.Features.Portfolio;
using ChatBot.Dialogs.Features.Instruction;

namespace ChatBot.Bot.Tests.Understanding;

/// <summary>One message and what it should be understood as.</summary>
public sealed record Utterance(string Text, string Intent, params (string Key, string Value)[] Slots)
{
    public Intent Expected => ChatBot.Dialogs.Conversation.Intent.Of(Intent, Slots);
    public override string ToString() => Text.Length <= 40 ? Text : Text[..40] + "…";
}

/// <summary>
/// Chat messages in Chinese and English, each with the intent and slots it should give, read on
/// <see cref="Today"/> (a Friday). The rules are measured against it; the LLM path must map each row's
/// tool call back to the same intent.
/// </summary>
public static class UtteranceTable
{
    public static readonly DateOnly Today = new(2026, 11, 27);

    public static readonly string Speech =
        "同志们，今天召开全局城市管理工作推进会议，主要任务是传达市委市政府有关会议精神，部署下一阶段重点工作。" +
        "会后，局属各单位要迅速召开班子会议、干部职工大会，对今天的会议精神进行传达贯彻落实。" +
        "一是局人事科、公用事业管理科要在X月底前完成相关制度的修订工作，牵头单位要抓好统筹，配合单位要主动对接。" +
        "二是市政工程处务必要落实专人跟进凤凰山隧道二期工程，确保按期完成年度建设任务，每周向局办公室报送进展情况。" +
        "三是市环卫处、市容环境管理科要会同各执法大队，开展背街小巷环境卫生集中整治，责任单位要建立问题清单、整改清单。" +
        "四是各单位要提高政治站位，切实增强责任感和紧迫感，局党建办要加强督办，对工作不力的要严肃问责。" +
        "同志们，任务艰巨、责任重大，希望大家以更加饱满的热情投入工作，确保各项任务落到实处。";

    public static readonly string Minutes =
        "会议纪要：11月20日上午，局党组书记主持召开局务会议，研究部署冬季城市管理重点工作。会议要求：" +
        "（一）市扬尘治理办牵头，会同城管执法一大队、城管执法二大队，于12月10日前完成建筑工地扬尘专项检查，形成问题清单并督促整改；" +
        "（二）计划财务科负责在本月底前完成冬季除雪保障资金测算，报局领导审定；" +
        "（三）市政工程处负责对全市主次干道路灯进行排查，发现故障要立即维修，确保亮灯率达到98%以上；" +
        "（四）政策法规科要对年度执法案卷进行评查，年底前形成评查报告；" +
        "（五）局办公室负责跟踪督办上述事项落实情况，每两周汇总一次进展，各责任单位要按时报送，不得推诿。" +
        "会议强调，各单位要压实责任，确保各项工作落实到位。";

    public static IReadOnlyList<Utterance> Rows { get; } =
    [
        // 我的待办 and its filters
        new("我的待办", OpenItemsCapability.OpenItems),
        new("我还有什么没办的", OpenItemsCapability.OpenItems),
        new("有哪些任务快到期了", OpenItemsCapability.OpenItems, ("due", "soon")),
        new("逾期的", OpenItemsCapability.OpenItems, ("due", "overdue")),
        new("本周到期的事项", OpenItemsCapability.OpenItems, ("due", "thisWeek")),
        new("市政工程处的待办", OpenItemsCapability.OpenItems, ("unit", "市政工程处")),
        new("what do I still owe", OpenItemsCapability.OpenItems),
        new("overdue items", OpenItemsCapability.OpenItems, ("due", "overdue")),
        new("what's due this week?", OpenItemsCapability.OpenItems, ("due", "thisWeek")),
        new("今天到期的", OpenItemsCapability.OpenItems, ("due", "today")),
        new("环卫处有哪些逾期事项", OpenItemsCapability.OpenItems, ("due", "overdue"), ("unit", "环卫处")),
        new("my open items", OpenItemsCapability.OpenItems),
        new("show me items due soon", OpenItemsCapability.OpenItems, ("due", "soon")),
        new("已办结的事项", OpenItemsCapability.OpenItems, ("status", "closed")),
        new("待审核的事项有哪些", OpenItemsCapability.OpenItems, ("status", "pending")),

        // relay confirmations
        new("我们处昨天下午开了干部职工大会传达了，42人参加", RelayCapability.Confirm, ("date", "2026-11-26"), ("forms", "干部职工大会"), ("attendees", "42")),
        new("班子会上周五已经传达", RelayCapability.Confirm, ("date", "2026-11-20"), ("forms", "班子会议")),
        new("Held the staff meeting yesterday, 42 attended", RelayCapability.Confirm, ("date", "2026-11-26"), ("forms", "干部职工大会"), ("attendees", "42")),
        new("今天上午召开班子会议和干部职工大会进行了传达，共四十二人参会", RelayCapability.Confirm, ("date", "2026-11-27"), ("forms", "班子会议,干部职工大会"), ("attendees", "42")),
        new("11月26日开了专题会传达，参会30人", RelayCapability.Confirm, ("date", "2026-11-26"), ("forms", "专题会"), ("attendees", "30")),
        new("市政工程处已于前天召开干部职工大会传达，参加人数58人", RelayCapability.Confirm, ("date", "2026-11-25"), ("forms", "干部职工大会"), ("attendees", "58"), ("unit", "市政工程处")),
        new("We relayed it at the leadership team meeting on Monday, 12 people", RelayCapability.Confirm, ("date", "2026-11-23"), ("forms", "班子会议"), ("attendees", "12")),
        new("已传达", RelayCapability.Confirm),
        new("relay meeting held today with 35 attendees", RelayCapability.Confirm, ("date", "2026-11-27"), ("attendees", "35")),
        new("本周三组织全体干部职工大会传达学习了，到会二十六人", RelayCapability.Confirm, ("date", "2026-11-25"), ("forms", "干部职工大会"), ("attendees", "26")),

        // relay corrections
        new("更正：参会人数是45", RelayCapability.Correct, ("attendees", "45")),
        new("更正一下，传达日期是11月25日", RelayCapability.Correct, ("date", "2026-11-25")),
        new("correction: 45 attended", RelayCapability.Correct, ("attendees", "45")),
        new("更正：会议形式是班子会议", RelayCapability.Correct, ("forms", "班子会议")),

        // relay status
        new("传达情况", RelayCapability.Status),
        new("relay status", RelayCapability.Status),
        new("哪些单位还没传达", RelayCapability.Status),
        new("市政工程处传达了吗", RelayCapability.Status, ("unit", "市政工程处")),
        new("who hasn't relayed yet", RelayCapability.Status),

        // sign for receipt
        new("签收", RelayCapability.SignFor),
        new("收到，签收", RelayCapability.SignFor),
        new("sign for it", RelayCapability.SignFor),
        new("acknowledge receipt", RelayCapability.SignFor),

        // progress
        new("凤凰山隧道二期本周完成30%", ProgressCapability.Report, ("task", "凤凰山隧道二期"), ("percent", "30"), ("text", "凤凰山隧道二期本周完成30%")),
        new("第3条 进展：已完成招标", ProgressCapability.Report, ("item", "3"), ("text", "已完成招标")),
        new("第三条进度50%", ProgressCapability.Report, ("item", "3"), ("percent", "50")),
        new("progress on item 5: contract signed", ProgressCapability.Report, ("item", "5"), ("text", "contract signed")),
        new("update item 2: 80% complete, paving under way", ProgressCapability.Report, ("item", "2"), ("percent", "80"), ("text", "80% complete, paving under way")),
        new("第5条进展：完成了百分之六十", ProgressCapability.Report, ("item", "5"), ("percent", "60")),

        // check-off
        new("第3条申请销号", CheckOffRequestCapability.Request, ("item", "3")),
        new("request check-off for item 3", CheckOffRequestCapability.Request, ("item", "3")),
        new("第7条已办结，申请销号", CheckOffRequestCapability.Request, ("item", "7")),
        new("第4条申请销号，已全部完成", CheckOffRequestCapability.Request, ("item", "4"), ("note", "已全部完成")),
        new("mark item 6 as done", CheckOffRequestCapability.Request, ("item", "6")),
        new("同意第3条销号", CheckOffDecisionCapability.Approve, ("item", "3")),
        new("第5条同意销号", CheckOffDecisionCapability.Approve, ("item", "5")),
        new("approve check-off for item 3", CheckOffDecisionCapability.Approve, ("item", "3")),
        new("批准第十二条办结", CheckOffDecisionCapability.Approve, ("item", "12")),
        new("退回第3条，理由：缺少佐证材料", CheckOffDecisionCapability.Return, ("item", "3"), ("reason", "缺少佐证材料")),
        new("第4条退回，材料不全", CheckOffDecisionCapability.Return, ("item", "4"), ("reason", "材料不全")),
        new("send back item 3 because the photos are missing", CheckOffDecisionCapability.Return, ("item", "3"), ("reason", "the photos are missing")),
        new("驳回第6条销号申请，理由是进度未达标", CheckOffDecisionCapability.Return, ("item", "6"), ("reason", "进度未达标")),

        // extension (延期申请) and its answer
        new("第3条申请延期到12月20日，原因：招标流标", ExtensionRequestCapability.Request, ("item", "3"), ("date", "2026-12-20"), ("reason", "招标流标")),
        new("第八条申请延期至12月31日，因为材料还没到货，目前进展：已完成七成", ExtensionRequestCapability.Request, ("item", "8"), ("date", "2026-12-31"), ("reason", "材料还没到货"), ("progress", "已完成七成")),
        new("request extension of item 4 to Dec 18, reason: the contractor changed", ExtensionRequestCapability.Request, ("item", "4"), ("date", "2026-12-18"), ("reason", "the contractor changed")),
        new("同意第3条延期", ExtensionDecisionCapability.Approve, ("item", "3")),
        new("approve the extension for item 4", ExtensionDecisionCapability.Approve, ("item", "4")),
        new("不同意第3条延期，理由：年底前必须完成", ExtensionDecisionCapability.Refuse, ("item", "3"), ("reason", "年底前必须完成")),
        new("refuse the extension of item 4 because the season ends", ExtensionDecisionCapability.Refuse, ("item", "4"), ("reason", "the season ends")),

        // send back and reassign (退回 / 改派)
        new("第3条不属于我们，原因：应由环卫处负责", SendBackCapability.Request, ("item", "3"), ("reason", "应由环卫处负责")),
        new("item 7 is not ours, reason: it is a planning task", SendBackCapability.Request, ("item", "7"), ("reason", "it is a planning task")),
        new("第3条改派给市环卫处", ReassignDecisionCapability.Reassign, ("item", "3"), ("unit", "市环卫处")),
        new("第3条仍由原单位办理，理由：分工方案已明确", ReassignDecisionCapability.Keep, ("item", "3"), ("reason", "分工方案已明确")),

        // pass down (转派), deputies (代理), evidence (佐证材料)
        new("第3条转派给一中队，12月15日前", ChatBot.Dialogs.Features.Cascade.CascadeCapability.PassDown, ("item", "3"), ("to", "一中队"), ("date", "2026-12-15")),
        new("第5条转派给养护股、张三，12月8日前，任务：东片区路面", ChatBot.Dialogs.Features.Cascade.CascadeCapability.PassDown, ("item", "5"), ("to", "养护股、张三"), ("date", "2026-12-08"), ("task", "东片区路面")),
        new("pass item 4 to Squad 1 and 张三 by Dec 12", ChatBot.Dialogs.Features.Cascade.CascadeCapability.PassDown, ("item", "4"), ("to", "Squad 1、张三"), ("date", "2026-12-12")),
        new("第3条分解情况", ChatBot.Dialogs.Features.Cascade.CascadeCapability.Breakdown, ("item", "3")),
        new("breakdown of item 3", ChatBot.Dialogs.Features.Cascade.CascadeCapability.Breakdown, ("item", "3")),
        new("我12月10日到15日出差，由张三代理", ChatBot.Dialogs.Features.Delegation.DelegationCapability.Set, ("deputy", "张三"), ("from", "2026-12-10"), ("to", "2026-12-15")),
        new("delegate to Zhang San from Dec 10 to Dec 15", ChatBot.Dialogs.Features.Delegation.DelegationCapability.Set, ("deputy", "Zhang San"), ("from", "2026-12-10"), ("to", "2026-12-15")),
        new("取消代理", ChatBot.Dialogs.Features.Delegation.DelegationCapability.Cancel),
        new("我的代理", ChatBot.Dialogs.Features.Delegation.DelegationCapability.List),
        new("my delegations", ChatBot.Dialogs.Features.Delegation.DelegationCapability.List),
        new("第3条佐证材料", ChatBot.Dialogs.Features.Evidence.EvidenceCapability.Attach, ("item", "3")),
        new("item 6 evidence", ChatBot.Dialogs.Features.Evidence.EvidenceCapability.Attach, ("item", "6")),
        new("查看第3条佐证材料", ChatBot.Dialogs.Features.Evidence.EvidenceCapability.List, ("item", "3")),
        new("show evidence for item 3", ChatBot.Dialogs.Features.Evidence.EvidenceCapability.List, ("item", "3")),

        // history
        new("第3条 记录", ItemHistoryCapability.History, ("item", "3")),
        new("history of item 3", ItemHistoryCapability.History, ("item", "3")),
        new("第十条的变更记录", ItemHistoryCapability.History, ("item", "10")),
        new("show the audit log for item 8", ItemHistoryCapability.History, ("item", "8")),

        // intake and its review edits
        new(Speech, IntakeCapability.Start, ("text", Speech)),
        new(Minutes, IntakeCapability.Start, ("text", Minutes)),
        new("第3条 负责单位 市政工程处", IntakeCapability.Edit, ("item", "3"), ("field", "owner"), ("value", "市政工程处")),
        new("第5条 截止 12月10日", IntakeCapability.Edit, ("item", "5"), ("field", "deadline"), ("value", "2026-12-10")),
        new("第2条 增加配合单位 政策法规科", IntakeCapability.Edit, ("item", "2"), ("field", "assisting"), ("value", "政策法规科")),
        new("删除第7条", IntakeCapability.Edit, ("item", "7"), ("field", "delete")),
        new("增加一条：市容科牵头开展背街小巷整治", IntakeCapability.Edit, ("field", "add"), ("value", "市容科牵头开展背街小巷整治")),
        new("第4条 任务改为 完成路灯改造", IntakeCapability.Edit, ("item", "4"), ("field", "task"), ("value", "完成路灯改造")),
        new("item 5 deadline Dec 10", IntakeCapability.Edit, ("item", "5"), ("field", "deadline"), ("value", "2026-12-10")),
        new("delete item 7", IntakeCapability.Edit, ("item", "7"), ("field", "delete")),
        new("第6条牵头单位改为环卫处", IntakeCapability.Edit, ("item", "6"), ("field", "owner"), ("value", "环卫处")),
        new("第8条截止时间改为月底", IntakeCapability.Edit, ("item", "8"), ("field", "deadline"), ("value", "2026-11-30")),

        // roster
        new("市政工程处负责人是谁", RosterLookupCapability.WhoIs, ("unit", "市政工程处"), ("role", "head")),
        new("who heads 市政工程处", RosterLookupCapability.WhoIs, ("unit", "市政工程处"), ("role", "head")),
        new("环卫处的联络员是谁", RosterLookupCapability.WhoIs, ("unit", "环卫处"), ("role", "liaison")),
        new("who is the liaison for 人事科?", RosterLookupCapability.WhoIs, ("unit", "人事科"), ("role", "liaison")),
        new("我是哪个单位的", RosterLookupCapability.MyUnit),
        new("which unit am I in?", RosterLookupCapability.MyUnit),
        new("未匹配人员", RosterMaintenanceCapability.Unmatched),
        new("show unmatched people", RosterMaintenanceCapability.Unmatched),
        new("把张三设为市政工程处联络员", RosterMaintenanceCapability.Change, ("action", "setRole"), ("member", "张三"), ("unit", "市政工程处"), ("role", "liaison")),
        new("添加成员 李四 市政工程处 干部职工", RosterMaintenanceCapability.Change, ("action", "addMember"), ("member", "李四"), ("unit", "市政工程处"), ("role", "staff")),
        new("删除成员 李四", RosterMaintenanceCapability.Change, ("action", "removeMember"), ("member", "李四")),
        new("添加单位 城管执法三大队", RosterMaintenanceCapability.Change, ("action", "addUnit"), ("unit", "城管执法三大队")),
        new("给市政工程处添加别名 工程处", RosterMaintenanceCapability.Change, ("action", "addAlias"), ("unit", "市政工程处"), ("value", "工程处")),
        new("把市容环境管理科更名为市容管理科", RosterMaintenanceCapability.Change, ("action", "renameUnit"), ("unit", "市容环境管理科"), ("value", "市容管理科")),
        new("set 张三 as liaison of 市政工程处", RosterMaintenanceCapability.Change, ("action", "setRole"), ("member", "张三"), ("unit", "市政工程处"), ("role", "liaison")),

        // reminders
        new("暂停提醒3天", PauseCapability.Pause, ("days", "3")),
        new("暂停提醒三天", PauseCapability.Pause, ("days", "3")),
        new("pause reminders for 3 days", PauseCapability.Pause, ("days", "3")),
        new("恢复提醒", PauseCapability.Resume),
        new("resume reminders", PauseCapability.Resume),
        new("我的提醒设置", ReminderSettingsCapability.Show),
        new("my reminder settings", ReminderSettingsCapability.Show),
        new("明天再提醒我", ChatBot.Dialogs.Features.Snooze.SnoozeCapability.Snooze, ("until", "tomorrow")),
        new("remind me next Monday", ChatBot.Dialogs.Features.Snooze.SnoozeCapability.Snooze, ("until", "monday")),
        new("改为每日汇总", ReminderSettingsCapability.Set, ("delivery", "digest")),
        new("免打扰 12:00-14:00", ReminderSettingsCapability.Set, ("quiet", "12:00-14:00")),
        new("第3条 每月5日前报送", ChatBot.Dialogs.Features.Cadence.CadenceCapability.Set, ("item", "3"), ("cadence", "每月5日前报送")),
        new("set item 3 to report every Friday", ChatBot.Dialogs.Features.Cadence.CadenceCapability.Set, ("item", "3"), ("cadence", "report every Friday")),

        // delivery of a dispatch (office)
        new("送达情况", DeliveryCapability.Report),
        new("delivery report", DeliveryCapability.Report),
        new("重发未送达", DeliveryCapability.Resend),
        new("resend to unreached", DeliveryCapability.Resend),

        // the ledger (Features/Ledger) and numbered sheets (Features/DispatchSheet)
        new("导出台账", LedgerCapability.Export),
        new("导出台账 本次会议", LedgerCapability.Export, ("meeting", "this")),
        new("export ledger from 2026-11-01 to 2026-11-30", LedgerCapability.Export, ("from", "2026-11-01"), ("to", "2026-11-30")),
        new("打印督办单 第3条", DispatchSheetCapability.Print, ("item", "3"), ("kind", "dispatch")),
        new("print the reminder notice for item 3", DispatchSheetCapability.Print, ("item", "3"), ("kind", "chase")),

        // scoring and bulletin (Features/Bulletin), the leader's portfolio and 批示 (Features/Portfolio, Features/Instruction)
        new("本月通报", BulletinCapability.Draft, ("month", "this")),
        new("上月通报", BulletinCapability.Draft, ("month", "last")),
        new("monthly bulletin", BulletinCapability.Draft, ("month", "this")),
        new("删除第2行", BulletinCapability.Edit, ("op", "remove"), ("line", "2")),
        new("增加一行：请各单位对照整改", BulletinCapability.Edit, ("op", "add"), ("text", "请各单位对照整改")),
        new("发布通报", BulletinCapability.Post),
        new("我分管的", PortfolioCapability.Show),
        new("my portfolio", PortfolioCapability.Show),
        new("第3条批示：请于周五前专题汇报", InstructionCapability.Give, ("item", "3"), ("text", "请于周五前专题汇报")),
        new("instruction on item 3: report by Friday", InstructionCapability.Give, ("item", "3"), ("text", "report by Friday")),

        // yes, no, help
        new("确认", EngineCapability.Confirm),
        new("好的", EngineCapability.Confirm),
        new("yes", EngineCapability.Confirm),
        new("取消", EngineCapability.Cancel),
        new("cancel", EngineCapability.Cancel),
        new("帮助", HelpCapability.Help),
        new("what can you do", HelpCapability.Help),

        // written after the rules, without tuning them: phrasings the rules were not built around
        new("我手上还有哪些事没完成", OpenItemsCapability.OpenItems),
        new("帮我看看逾期未办的", OpenItemsCapability.OpenItems, ("due", "overdue")),
        new("what's overdue for 环卫处", OpenItemsCapability.OpenItems, ("due", "overdue"), ("unit", "环卫处")),
        new("今天下午我们科召开了班子会，传达了会议精神，参会9人", RelayCapability.Confirm, ("date", "2026-11-27"), ("forms", "班子会议"), ("attendees", "9")),
        new("我们已经组织全体人员学习传达了", RelayCapability.Confirm),
        new("人数写错了，应该是38人", RelayCapability.Correct, ("attendees", "38")),
        new("第2条已经完成了，申请办结", CheckOffRequestCapability.Request, ("item", "2")),
        new("第9条的处理记录", ItemHistoryCapability.History, ("item", "9")),
        new("第1条改成由公用事业管理科负责", IntakeCapability.Edit, ("item", "1"), ("field", "owner"), ("value", "公用事业管理科")),
        new("哪些单位已经传达了", RelayCapability.Status),
        new("who is in charge of 环卫处", RosterLookupCapability.WhoIs, ("unit", "环卫处"), ("role", "head")),
        new("stop reminding me for a week", PauseCapability.Pause, ("days", "7")),
        new("第3条完成了70%", ProgressCapability.Report, ("item", "3"), ("percent", "70")),
        new("approve item 4", CheckOffDecisionCapability.Approve, ("item", "4")),

        // a second batch written after the rules, measured before any change to them
        new("我这边还有几件事没办完？", OpenItemsCapability.OpenItems),
        new("列出本周截止的任务", OpenItemsCapability.OpenItems, ("due", "thisWeek")),
        new("show overdue tasks for 市政工程处", OpenItemsCapability.OpenItems, ("due", "overdue"), ("unit", "市政工程处")),
        new("我们科上周五下午召开了专题会传达，参会15人", RelayCapability.Confirm, ("date", "2026-11-20"), ("forms", "专题会"), ("attendees", "15")),
        new("Our unit held the leadership meeting on Nov 25 to relay it", RelayCapability.Confirm, ("date", "2026-11-25"), ("forms", "班子会议")),
        new("参会人数改为40", RelayCapability.Correct, ("attendees", "40")),
        new("传达情况怎么样了", RelayCapability.Status),
        new("我已收到", RelayCapability.SignFor),
        new("第2项 进展：路灯已安装80%", ProgressCapability.Report, ("item", "2"), ("percent", "80"), ("text", "路灯已安装80%")),
        new("第6条可以销号了吗？我们已经做完了", CheckOffRequestCapability.Request, ("item", "6"), ("note", "我们已经做完了")),
        new("第3条的销号同意", CheckOffDecisionCapability.Approve, ("item", "3")),
        new("退回第8条：照片不清楚", CheckOffDecisionCapability.Return, ("item", "8"), ("reason", "照片不清楚")),
        new("第11条有哪些操作记录", ItemHistoryCapability.History, ("item", "11")),
        new("第2条 截止日期改为下周五", IntakeCapability.Edit, ("item", "2"), ("field", "deadline"), ("value", "2026-12-04")),
        new("环卫处谁负责", RosterLookupCapability.WhoIs, ("unit", "环卫处"), ("role", "head")),
        new("暂停提醒一周", PauseCapability.Pause, ("days", "7")),
        new("好的，确认", EngineCapability.Confirm),
        new("不用了，取消吧", EngineCapability.Cancel),

        // nothing to do
        new("👍👍", EngineCapability.Unknown),
        new("今天天气怎么样", EngineCapability.Unknown),
    ];
}
