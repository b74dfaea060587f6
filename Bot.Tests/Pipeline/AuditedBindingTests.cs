using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Dialogs.Domain;
using static ChatBot.Bot.Tests.Pipeline.PipelineWorld;

namespace ChatBot.Bot.Tests.Pipeline;

/// <summary>
/// No silent binding: whenever a turn binds a Teams account to a roster member, the audit trail says
/// so (from which channel id to which, through which activity), and a channel id taken from someone
/// else is taken audibly too.
/// </summary>
public class AuditedBindingTests
{
    private static AuditEntry? Entry(ChatBot.Dialogs.Storage.IStore store, string memberId, string action) =>
        store.Audit.For(memberId).SingleOrDefault(a => a.Action == action);

    [Fact]
    public async Task A_member_writing_from_a_new_teams_account_is_rebound_with_an_audit_entry()
    {
        var (f, _) = await StartAsync();
        await using var __ = f;
        var member = f.Member(m => !m.IsOffice && m.AadObjectId is not null);
        f.Store.Write(s =>
        {
            var m = s.Roster.Member(member.Id);
            m.ChannelUserId = "29:old-account";
            s.Roster.UpdateMember(m);
        });

        var activity = HelpExpectingReplies(f, member, channelUserId: "29:new-account");
        Assert.Single(await RepliesAsync(await f.Http.PostAsync(f.Bot.BaseUrl, activity)));

        Assert.Equal("29:new-account", f.Store.Roster.Member(member.Id).ChannelUserId);
        var bound = Entry(f.Store, member.Id, "roster.bound");
        Assert.NotNull(bound);
        Assert.Equal(("29:old-account", "29:new-account"), (bound.From, bound.To));
        Assert.Equal(activity["id"]!.GetValue<string>(), bound.ActivityId);
    }

    [Fact]
    public async Task A_channel_id_bound_to_the_wrong_person_moves_to_the_one_teams_names_and_both_are_audited()
    {
        var (f, _) = await StartAsync();
        await using var __ = f;
        var wrong = f.Member(m => !m.IsOffice && m.AadObjectId is not null);
        var right = f.Member(m => !m.IsOffice && m.AadObjectId is not null && m.Id != wrong.Id);
        // A mistaken manual bind gave the channel id to someone else.
        f.Store.Write(s =>
        {
            var m = s.Roster.Member(wrong.Id);
            m.ChannelUserId = "29:shared";
            s.Roster.UpdateMember(m);
        });

        Assert.Single(await RepliesAsync(await f.Http.PostAsync(f.Bot.BaseUrl, HelpExpectingReplies(f, right, channelUserId: "29:shared"))));

        Assert.Equal("29:shared", f.Store.Roster.Member(right.Id).ChannelUserId);
        Assert.Null(f.Store.Roster.Member(wrong.Id).ChannelUserId);
        Assert.NotNull(Entry(f.Store, right.Id, "roster.bound"));
        var unbound = Entry(f.Store, wrong.Id, "roster.unbound");
        Assert.NotNull(unbound);
        Assert.Equal("29:shared", unbound.From);
    }
}
