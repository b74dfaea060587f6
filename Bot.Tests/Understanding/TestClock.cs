using ChatBot.Dialogs.Conversation;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Bot.Tests.Understanding;

/// <summary>The bureau's clock stopped on <see cref="UtteranceTable.Today"/> at 10:00 in Shanghai.</summary>
internal static class TestClock
{
    public static BureauClock Friday() => new(
        new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero)),
        BureauClock.ResolveZone("Asia/Shanghai"));
}
