using ChatBot.Dialogs.Conversation;

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
        new("我的待办", Intents.OpenItems),
        new("我还有什么没办的", Intents.OpenItems),
        new("有哪些任务快到期了", Intents.OpenItems, ("due", "soon")),
        new("逾期的", Intents.OpenItems, ("due", "overdue")),
        new("本周到期的事项", Intents.OpenItems, ("due", "thisWeek")),
        new("市政工程处的待办", Intents.OpenItems, ("unit", "市政工程处")),
        new("what do I still owe", Intents.OpenItems),
        new("overdue items", Intents.OpenItems, ("due", "overdue")),
        new("what's due this week?", Intents.OpenItems, ("due", "thisWeek")),
        new("今天到期的", Intents.OpenItems, ("due", "today")),
        new("环卫处有哪些逾期事项", Intents.OpenItems, ("due", "overdue"), ("unit", "环卫处")),
        new("my open items", Intents.OpenItems),
        new("show me items due soon", Intents.OpenItems, ("due", "soon")),
        new("已办结的事项", Intents.OpenItems, ("status", "closed")),
        new("待审核的事项有哪些", Intents.OpenItems, ("status", "pending")),

        // relay confirmations
        new("我们处昨天下午开了干部职工大会传达了，42人参加", Intents.RelayConfirm, ("date", "2026-11-26"), ("forms", "干部职工大会"), ("attendees", "42")),
        new("班子会上周五已经传达", Intents.RelayConfirm, ("date", "2026-11-20"), ("forms", "班子会议")),
        new("Held the staff meeting yesterday, 42 attended", Intents.RelayConfirm, ("date", "2026-11-26"), ("forms", "干部职工大会"), ("attendees", "42")),
        new("今天上午召开班子会议和干部职工大会进行了传达，共四十二人参会", Intents.RelayConfirm, ("date", "2026-11-27"), ("forms", "班子会议,干部职工大会"), ("attendees", "42")),
        new("11月26日开了专题会传达，参会30人", Intents.RelayConfirm, ("date", "2026-11-26"), ("forms", "专题会"), ("attendees", "30")),
        new("市政工程处已于前天召开干部职工大会传达，参加人数58人", Intents.RelayConfirm, ("date", "2026-11-25"), ("forms", "干部职工大会"), ("attendees", "58"), ("unit", "市政工程处")),
        new("We relayed it at the leadership team meeting on Monday, 12 people", Intents.RelayConfirm, ("date", "2026-11-23"), ("forms", "班子会议"), ("attendees", "12")),
        new("已传达", Intents.RelayConfirm),
        new("relay meeting held today with 35 attendees", Intents.RelayConfirm, ("date", "2026-11-27"), ("attendees", "35")),
        new("本周三组织全体干部职工大会传达学习了，到会二十六人", Intents.RelayConfirm, ("date", "2026-11-25"), ("forms", "干部职工大会"), ("attendees", "26")),

        // relay corrections
        new("更正：参会人数是45", Intents.RelayCorrect, ("attendees", "45")),
        new("更正一下，传达日期是11月25日", Intents.RelayCorrect, ("date", "2026-11-25")),
        new("correction: 45 attended", Intents.RelayCorrect, ("attendees", "45")),
        new("更正：会议形式是班子会议", Intents.RelayCorrect, ("forms", "班子会议")),

        // relay status
        new("传达情况", Intents.RelayStatus),
        new("relay status", Intents.RelayStatus),
        new("哪些单位还没传达", Intents.RelayStatus),
        new("市政工程处传达了吗", Intents.RelayStatus, ("unit", "市政工程处")),
        new("who hasn't relayed yet", Intents.RelayStatus),

        // sign for receipt
        new("签收", Intents.SignFor),
        new("收到，签收", Intents.SignFor),
        new("sign for it", Intents.SignFor),
        new("acknowledge receipt", Intents.SignFor),

        // progress
        new("凤凰山隧道二期本周完成30%", Intents.ProgressReport, ("task", "凤凰山隧道二期"), ("percent", "30"), ("text", "凤凰山隧道二期本周完成30%")),
        new("第3条 进展：已完成招标", Intents.ProgressReport, ("item", "3"), ("text", "已完成招标")),
        new("第三条进度50%", Intents.ProgressReport, ("item", "3"), ("percent", "50")),
        new("progress on item 5: contract signed", Intents.ProgressReport, ("item", "5"), ("text", "contract signed")),
        new("update item 2: 80% complete, paving under way", Intents.ProgressReport, ("item", "2"), ("percent", "80"), ("text", "80% complete, paving under way")),
        new("第5条进展：完成了百分之六十", Intents.ProgressReport, ("item", "5"), ("percent", "60")),

        // check-off
        new("第3条申请销号", Intents.CheckOffRequest, ("item", "3")),
        new("request check-off for item 3", Intents.CheckOffRequest, ("item", "3")),
        new("第7条已办结，申请销号", Intents.CheckOffRequest, ("item", "7")),
        new("第4条申请销号，已全部完成", Intents.CheckOffRequest, ("item", "4"), ("note", "已全部完成")),
        new("mark item 6 as done", Intents.CheckOffRequest, ("item", "6")),
        new("同意第3条销号", Intents.CheckOffApprove, ("item", "3")),
        new("第5条同意销号", Intents.CheckOffApprove, ("item", "5")),
        new("approve check-off for item 3", Intents.CheckOffApprove, ("item", "3")),
        new("批准第十二条办结", Intents.CheckOffApprove, ("item", "12")),
        new("退回第3条，理由：缺少佐证材料", Intents.CheckOffReturn, ("item", "3"), ("reason", "缺少佐证材料")),
        new("第4条退回，材料不全", Intents.CheckOffReturn, ("item", "4"), ("reason", "材料不全")),
        new("send back item 3 because the photos are missing", Intents.CheckOffReturn, ("item", "3"), ("reason", "the photos are missing")),
        new("驳回第6条销号申请，理由是进度未达标", Intents.CheckOffReturn, ("item", "6"), ("reason", "进度未达标")),

        // history
        new("第3条 记录", Intents.ItemHistory, ("item", "3")),
        new("history of item 3", Intents.ItemHistory, ("item", "3")),
        new("第十条的变更记录", Intents.ItemHistory, ("item", "10")),
        new("show the audit log for item 8", Intents.ItemHistory, ("item", "8")),

        // intake and its review edits
        new(Speech, Intents.IntakeStart, ("text", Speech)),
        new(Minutes, Intents.IntakeStart, ("text", Minutes)),
        new("第3条 负责单位 市政工程处", Intents.IntakeEdit, ("item", "3"), ("field", "owner"), ("value", "市政工程处")),
        new("第5条 截止 12月10日", Intents.IntakeEdit, ("item", "5"), ("field", "deadline"), ("value", "2026-12-10")),
        new("第2条 增加配合单位 政策法规科", Intents.IntakeEdit, ("item", "2"), ("field", "assisting"), ("value", "政策法规科")),
        new("删除第7条", Intents.IntakeEdit, ("item", "7"), ("field", "delete")),
        new("增加一条：市容科牵头开展背街小巷整治", Intents.IntakeEdit, ("field", "add"), ("value", "市容科牵头开展背街小巷整治")),
        new("第4条 任务改为 完成路灯改造", Intents.IntakeEdit, ("item", "4"), ("field", "task"), ("value", "完成路灯改造")),
        new("item 5 deadline Dec 10", Intents.IntakeEdit, ("item", "5"), ("field", "deadline"), ("value", "2026-12-10")),
        new("delete item 7", Intents.IntakeEdit, ("item", "7"), ("field", "delete")),
        new("第6条牵头单位改为环卫处", Intents.IntakeEdit, ("item", "6"), ("field", "owner"), ("value", "环卫处")),
        new("第8条截止时间改为月底", Intents.IntakeEdit, ("item", "8"), ("field", "deadline"), ("value", "2026-11-30")),

        // roster
        new("市政工程处负责人是谁", Intents.RosterWhoIs, ("unit", "市政工程处"), ("role", "head")),
        new("who heads 市政工程处", Intents.RosterWhoIs, ("unit", "市政工程处"), ("role", "head")),
        new("环卫处的联络员是谁", Intents.RosterWhoIs, ("unit", "环卫处"), ("role", "liaison")),
        new("who is the liaison for 人事科?", Intents.RosterWhoIs, ("unit", "人事科"), ("role", "liaison")),
        new("我是哪个单位的", Intents.RosterMyUnit),
        new("which unit am I in?", Intents.RosterMyUnit),
        new("未匹配人员", Intents.RosterUnmatched),
        new("show unmatched people", Intents.RosterUnmatched),
        new("把张三设为市政工程处联络员", Intents.RosterChange, ("action", "setRole"), ("member", "张三"), ("unit", "市政工程处"), ("role", "liaison")),
        new("添加成员 李四 市政工程处 干部职工", Intents.RosterChange, ("action", "addMember"), ("member", "李四"), ("unit", "市政工程处"), ("role", "staff")),
        new("删除成员 李四", Intents.RosterChange, ("action", "removeMember"), ("member", "李四")),
        new("添加单位 城管执法三大队", Intents.RosterChange, ("action", "addUnit"), ("unit", "城管执法三大队")),
        new("给市政工程处添加别名 工程处", Intents.RosterChange, ("action", "addAlias"), ("unit", "市政工程处"), ("value", "工程处")),
        new("把市容环境管理科更名为市容管理科", Intents.RosterChange, ("action", "renameUnit"), ("unit", "市容环境管理科"), ("value", "市容管理科")),
        new("set 张三 as liaison of 市政工程处", Intents.RosterChange, ("action", "setRole"), ("member", "张三"), ("unit", "市政工程处"), ("role", "liaison")),

        // reminders
        new("暂停提醒3天", Intents.PauseReminders, ("days", "3")),
        new("暂停提醒三天", Intents.PauseReminders, ("days", "3")),
        new("pause reminders for 3 days", Intents.PauseReminders, ("days", "3")),
        new("恢复提醒", Intents.ResumeReminders),
        new("resume reminders", Intents.ResumeReminders),

        // delivery of a dispatch (office)
        new("送达情况", Intents.DeliveryReport),
        new("delivery report", Intents.DeliveryReport),
        new("重发未送达", Intents.ResendUnreached),
        new("resend to unreached", Intents.ResendUnreached),

        // the ledger (Features/Ledger) and numbered sheets (Features/DispatchSheet)
        new("导出台账", Intents.LedgerExport),
        new("导出台账 本次会议", Intents.LedgerExport, ("meeting", "this")),
        new("export ledger from 2026-11-01 to 2026-11-30", Intents.LedgerExport, ("from", "2026-11-01"), ("to", "2026-11-30")),
        new("打印督办单 第3条", Intents.PrintDispatchSheet, ("item", "3"), ("kind", "dispatch")),
        new("print the reminder notice for item 3", Intents.PrintDispatchSheet, ("item", "3"), ("kind", "chase")),

        // yes, no, help
        new("确认", Intents.Confirm),
        new("好的", Intents.Confirm),
        new("yes", Intents.Confirm),
        new("取消", Intents.Cancel),
        new("cancel", Intents.Cancel),
        new("帮助", Intents.Help),
        new("what can you do", Intents.Help),

        // written after the rules, without tuning them: phrasings the rules were not built around
        new("我手上还有哪些事没完成", Intents.OpenItems),
        new("帮我看看逾期未办的", Intents.OpenItems, ("due", "overdue")),
        new("what's overdue for 环卫处", Intents.OpenItems, ("due", "overdue"), ("unit", "环卫处")),
        new("今天下午我们科召开了班子会，传达了会议精神，参会9人", Intents.RelayConfirm, ("date", "2026-11-27"), ("forms", "班子会议"), ("attendees", "9")),
        new("我们已经组织全体人员学习传达了", Intents.RelayConfirm),
        new("人数写错了，应该是38人", Intents.RelayCorrect, ("attendees", "38")),
        new("第2条已经完成了，申请办结", Intents.CheckOffRequest, ("item", "2")),
        new("第9条的处理记录", Intents.ItemHistory, ("item", "9")),
        new("第1条改成由公用事业管理科负责", Intents.IntakeEdit, ("item", "1"), ("field", "owner"), ("value", "公用事业管理科")),
        new("哪些单位已经传达了", Intents.RelayStatus),
        new("who is in charge of 环卫处", Intents.RosterWhoIs, ("unit", "环卫处"), ("role", "head")),
        new("stop reminding me for a week", Intents.PauseReminders, ("days", "7")),
        new("第3条完成了70%", Intents.ProgressReport, ("item", "3"), ("percent", "70")),
        new("approve item 4", Intents.CheckOffApprove, ("item", "4")),

        // a second batch written after the rules, measured before any change to them
        new("我这边还有几件事没办完？", Intents.OpenItems),
        new("列出本周截止的任务", Intents.OpenItems, ("due", "thisWeek")),
        new("show overdue tasks for 市政工程处", Intents.OpenItems, ("due", "overdue"), ("unit", "市政工程处")),
        new("我们科上周五下午召开了专题会传达，参会15人", Intents.RelayConfirm, ("date", "2026-11-20"), ("forms", "专题会"), ("attendees", "15")),
        new("Our unit held the leadership meeting on Nov 25 to relay it", Intents.RelayConfirm, ("date", "2026-11-25"), ("forms", "班子会议")),
        new("参会人数改为40", Intents.RelayCorrect, ("attendees", "40")),
        new("传达情况怎么样了", Intents.RelayStatus),
        new("我已收到", Intents.SignFor),
        new("第2项 进展：路灯已安装80%", Intents.ProgressReport, ("item", "2"), ("percent", "80"), ("text", "路灯已安装80%")),
        new("第6条可以销号了吗？我们已经做完了", Intents.CheckOffRequest, ("item", "6"), ("note", "我们已经做完了")),
        new("第3条的销号同意", Intents.CheckOffApprove, ("item", "3")),
        new("退回第8条：照片不清楚", Intents.CheckOffReturn, ("item", "8"), ("reason", "照片不清楚")),
        new("第11条有哪些操作记录", Intents.ItemHistory, ("item", "11")),
        new("第2条 截止日期改为下周五", Intents.IntakeEdit, ("item", "2"), ("field", "deadline"), ("value", "2026-12-04")),
        new("环卫处谁负责", Intents.RosterWhoIs, ("unit", "环卫处"), ("role", "head")),
        new("暂停提醒一周", Intents.PauseReminders, ("days", "7")),
        new("好的，确认", Intents.Confirm),
        new("不用了，取消吧", Intents.Cancel),

        // nothing to do
        new("👍👍", Intents.Unknown),
        new("今天天气怎么样", Intents.Unknown),
    ];
}
