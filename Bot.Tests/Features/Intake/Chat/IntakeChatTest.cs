using ChatBot.Bot.Tests.Features.Relay;

namespace ChatBot.Bot.Tests.Features.Intake.Chat;

/// <summary>A running bot with the sample roster and an office member ready to send meeting texts.</summary>
public abstract class IntakeChatTest : IAsyncLifetime
{
    protected RelayFixture _f = null!;
    protected IntakeChat _chat = null!;

    public virtual async Task InitializeAsync()
    {
        _f = await RelayFixture.StartAsync();
        _chat = new IntakeChat(_f);
    }

    public virtual async Task DisposeAsync() => await _f.DisposeAsync();
}
