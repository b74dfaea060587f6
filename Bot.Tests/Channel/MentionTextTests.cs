using System.Text.Json.Nodes;
using ChatBot.Bot.Channel;
using ChatBot.Bot.Channel.Schema;
using ChatBot.Bot.Tests.EndToEnd;
using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;

namespace ChatBot.Bot.Tests.Channel;

/// <summary>Only the bot's own @mention is removed from what the user said; other people mentioned stay as their names.</summary>
public class MentionTextTests
{
    private static Activity Message(string text, params (string Id, string Name)[] mentions) => new()
    {
        Type = Activity.Types.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = "28:app-id", Name = "督办助手" },
        Entities = mentions.Select(m => new Entity
        {
            Type = "mention",
            Text = $"<at>{m.Name}</at>",
            Mentioned = new ChannelAccount { Id = m.Id, Name = m.Name },
        }).ToList(),
    };

    [Fact]
    public void A_person_mentioned_in_the_sentence_keeps_their_name()
    {
        var activity = Message("<at>督办助手</at> 把<at>王晓明</at>设为市政工程处联络员", ("28:app-id", "督办助手"), ("29:person-1", "王晓明"));
        Assert.Equal("把王晓明设为市政工程处联络员", MentionText.StripBotMention(activity));
    }

    [Fact]
    public void The_bots_mention_is_removed_wherever_it_stands()
    {
        var activity = Message("请 <at>督办助手</at>&nbsp;查看 <at>Li Na</at> 的待办", ("29:person-2", "Li Na"), ("28:app-id", "督办助手"));
        Assert.Equal("请 查看 Li Na 的待办", MentionText.StripBotMention(activity));
    }

    [Fact]
    public void The_bot_is_known_by_the_id_of_the_mention()
    {
        // Some channels write the bot's id without Teams' "28:" prefix.
        var activity = Message("<at>Tracker</at> 把<at>王晓明</at>设为联络员", ("app-id", "Tracker"), ("29:person-1", "王晓明"));
        Assert.Equal("把王晓明设为联络员", MentionText.StripBotMention(activity));
        // A message that mentions only people (RSC: the bot reads the channel) loses nothing.
        var other = Message("<at>张红</at> 你好", ("29:person-3", "张红"));
        Assert.Equal("张红 你好", MentionText.StripBotMention(other));
    }

    [Fact]
    public void Escaped_names_are_unescaped()
    {
        var activity = Message("<at>督办助手</at> who is <at>Sean O&#39;Neil</at>", ("28:app-id", "督办助手"), ("29:person-4", "Sean O'Neil"));
        activity.Entities![1].Text = "<at>Sean O&#39;Neil</at>";
        Assert.Equal("who is Sean O'Neil", MentionText.StripBotMention(activity));
    }

    [Fact]
    public void Without_mention_entities_only_a_tag_with_the_bots_name_is_removed()
    {
        var activity = Message("<at>督办助手</at> 把<at>王晓明</at>设为联络员");
        Assert.Equal("把王晓明设为联络员", MentionText.StripBotMention(activity));
    }

    [Fact]
    public async Task A_roster_change_naming_someone_by_mention_reaches_the_roster_with_the_name()
    {
        await using var f = await BotFixture.StartAsync();
        var office = f.Member(m => m.IsOffice);
        var unit = f.Unit("市政工程处");
        var staff = f.Member(m => m.HasRole(unit.Id, UnitRole.Staff) && !m.IsOffice && !m.IsLeader);
        var activity = Activities.Message(f.Connector.ServiceUrl, $"29:{office.Id}", $"<at>督办助手</at> 把<at>{staff.Name}</at>设为市政工程处联络员",
            aadObjectId: office.AadObjectId, conversationId: "19:office@thread.tacv2;messageid=7", conversationType: "channel");
        activity["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["text"] = "<at>督办助手</at>", ["mentioned"] = new JsonObject { ["id"] = "28:bot", ["name"] = "督办助手" } },
            new JsonObject { ["type"] = "mention", ["text"] = $"<at>{staff.Name}</at>", ["mentioned"] = new JsonObject { ["id"] = $"29:{staff.Id}", ["name"] = staff.Name } });
        (await f.Http.PostAsync(f.Bot.BaseUrl, activity)).EnsureSuccessStatusCode();

        var reply = (await f.Connector.WaitForActivitiesAsync(1)).Single();
        var said = reply["text"]?.GetValue<string>() + Activities.CardText(reply);
        Assert.Contains(staff.Name, said);
        Assert.Contains("联络员", said);
    }
}
