using ChatBot.Bot.Hosting;
using ChatBot.Bot.Intake;
using ChatBot.Bot.Llm;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Domain;
using ChatBot.Dialogs.Features.Intake;
using ChatBot.Dialogs.Features.Intake.Llm;
using ChatBot.Dialogs.Features.Roster;
using ChatBot.Dialogs.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Cli;

/// <summary>
/// extract &lt;file&gt; [--json] [--rules]: what intake would put on the review card, without the chat.
/// The LLM when Llm:Provider is configured (unless --rules); the roster from the bot's store when it
/// has one, else the sample roster; today in the bureau's time zone.
/// </summary>
public sealed class ExtractCliCommand : ICliCommand
{
    public string Name => "extract";

    public string Usage =>
        "  extract <file.txt|file.docx> [--json] [--rules]           extract a meeting's directives; --json prints one JSON object; --rules skips the LLM";

    public async Task<int> RunAsync(CliArgs args, CliConsole console)
    {
        if (args.Words.Count != 1 || args.Flags.Any(f => f is not ("json" or "rules")))
        {
            console.Error.WriteLine("Usage:");
            console.Error.WriteLine(Usage);
            return 2;
        }
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args.ConfigArgs });
        builder.Logging.ClearProviders();
        builder.Services.AddOptions<StorageOptions>().Bind(builder.Configuration.GetSection("Storage"));
        builder.Services.AddOptions<RosterOptions>().Bind(builder.Configuration.GetSection("Roster"));
        builder.Services.AddLlm(builder.Configuration);
        // The same client intake uses: bounded by Intake:Llm:CallTimeout, not by the chat turn's Llm:TimeoutSeconds.
        var llm = builder.Configuration.GetSection("Intake:Llm").Get<LlmExtractionOptions>() ?? new LlmExtractionOptions();
        builder.Services.AddKeyedLlmChatClient(builder.Configuration, IntakeServiceCollectionExtensions.ExtractionClientKey, _ => llm.CallTimeout);
        await using var services = builder.Services.BuildServiceProvider();

        var intake = builder.Configuration.GetSection("Intake").Get<IntakeOptions>() ?? new IntakeOptions();
        var bureau = BureauSettings.Read(builder.Configuration);
        var extraction = IntakeServiceCollectionExtensions.ExtractionSettings(intake, bureau.LoadCalendar());
        IMeetingExtractor extractor = !args.Has("rules") && services.GetKeyedService<IChatClient>(IntakeServiceCollectionExtensions.ExtractionClientKey) is { } chat
            ? new LlmMeetingExtractor(chat, extraction, llm)
            : new RuleMeetingExtractor(extraction);
        var today = new BureauClock(TimeProvider.System, bureau.Zone).Today;

        var forwarded = new List<string> { CliPaths.FromUser(args.Words[0]) };
        forwarded.AddRange(args.Flags.Select(f => "--" + f));
        return await ExtractCommand.RunAsync(forwarded, Roster(services, console), today, extractor, console.Out, console.Error);
    }

    /// <summary>The store's roster when the store exists and has units; never creates a store just to look.</summary>
    private static IReadOnlyList<Unit> Roster(IServiceProvider services, CliConsole console)
    {
        try
        {
            using var store = StoreSetup.OpenIfExists(services);
            var units = store?.Roster.Units().ToList() ?? [];
            if (units.Count > 0) return units;
        }
        catch (StoreLockedException)
        {
            console.Error.WriteLine("extract: the bot is using the store; the sample roster is used instead");
        }
        var seed = services.GetRequiredService<IOptions<RosterOptions>>().Value.SeedPath;
        var seedPath = Path.IsPathRooted(seed) ? seed : Path.Combine(AppContext.BaseDirectory, seed);
        return File.Exists(seedPath) ? RosterLoader.Build(RosterLoader.ReadJson(seedPath)).Units : [];
    }
}
