using System.Text.Json.Nodes;
using ChatBot.Dialogs.Conversation;

namespace ChatBot.Dialogs.Features.Help;

/// <summary>The one message the bot sends when it is added to a chat or team.</summary>
public static class WelcomeCard
{
    public static JsonObject Build(Lang lang) => AdaptiveCard.New(
            AdaptiveCard.Text(lang.Pick("您好！我是督办助手。", "Hello! I'm Directive Tracker."), bold: true, size: "Medium"),
            AdaptiveCard.Text(lang.Pick(
                "会议结束后，我把督办事项交办到各单位，收集各单位召开传达会议的确认，回答“我的待办”，并在临近截止和逾期时提醒相关同志。",
                "After a leadership meeting I pass its directives to the units, collect each unit's confirmation that it held its relay meeting, answer \"my open items\", and remind people before and after deadlines.")),
            AdaptiveCard.Facts(HelpTexts.Commands(lang, office: false).Select(c => ($"“{c.Say}”", c.What))))
        .WithActions(
            AdaptiveCard.Submit(lang.Pick("我的待办", "My open items"), Intents.OpenItems),
            AdaptiveCard.Submit(lang.Pick("帮助", "Help"), Intents.Help));
}
