namespace ChatBot.Bot.Tests.Features.Intake.Chat;

/// <summary>An intake chat test that also serves meeting files from a loopback file server.</summary>
public abstract class IntakeFileChatTest : IntakeChatTest
{
    protected FileServer _files = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _files = await FileServer.StartAsync();
    }

    public override async Task DisposeAsync()
    {
        await _files.DisposeAsync();
        await base.DisposeAsync();
    }
}
