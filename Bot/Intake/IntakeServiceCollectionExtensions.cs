using ChatBot.Bot.Channel.Auth;
using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Features.Intake;
using ChatBot.Dialogs.Features.Intake.Extraction;
using ChatBot.Dialogs.Features.Intake.Llm;
using ChatBot.Dialogs.Understanding.Time;
using ChatBot.Bot.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Intake;

public static class IntakeServiceCollectionExtensions
{
    /// <summary>The key of the chat client meeting extraction uses (its own timeout).</summary>
    public const string ExtractionClientKey = "intake-extraction";

    /// <summary>
    /// 立项: options ("Intake"), the working calendar for the relay window, the extractor (the LLM with the
    /// rules behind it when an <see cref="IChatClient"/> is registered, else the rules), file download (content hosts
    /// and .docx limits from "Intake" and <c>Bot:Cloud</c>), the feature.
    /// </summary>
    public static IServiceCollection AddIntake(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<IntakeOptions>().Bind(config.GetSection("Intake"));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<IntakeOptions>>().Value);
        services.AddSingleton(sp => ExtractionSettings(sp.GetRequiredService<IntakeOptions>(), sp.GetRequiredService<WorkingCalendar>()));
        // "Intake:Llm": pieces per call and the bound on each call. The extraction has its own chat client so
        // that bound is the only one: the chat turn's Llm:TimeoutSeconds would otherwise cut every call first.
        services.AddOptions<LlmExtractionOptions>().Bind(config.GetSection("Intake:Llm"));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<LlmExtractionOptions>>().Value);
        services.AddKeyedLlmChatClient(config, ExtractionClientKey, sp => sp.GetRequiredService<LlmExtractionOptions>().CallTimeout);
        services.AddSingleton<IMeetingExtractor>(sp => sp.GetKeyedService<IChatClient>(ExtractionClientKey) is { } chat
            ? new LlmMeetingExtractor(chat, sp.GetRequiredService<ExtractionOptions>(), sp.GetRequiredService<LlmExtractionOptions>())
            : new RuleMeetingExtractor(sp.GetRequiredService<ExtractionOptions>()));
        services.AddOptions<MeetingFileOptions>().Bind(config.GetSection("Intake")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<MeetingFileOptions>>().Value);
        services.AddSingleton(sp => ContentHostPolicy.From(sp.GetRequiredService<MeetingFileOptions>(), sp.GetRequiredService<IOptions<BotOptions>>().Value));
        // Redirects are followed by the source itself, so that every hop is checked against the content hosts.
        services.AddHttpClient<IMeetingFileSource, HttpMeetingFileSource>(c => c.Timeout = TimeSpan.FromSeconds(20))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<IProactiveSink, OutboxSink>();
        services.AddSingleton(sp => new IntakeFeature(sp.GetRequiredService<IMeetingExtractor>(), sp.GetRequiredService<IntakeOptions>(),
            sp.GetRequiredService<ExtractionOptions>(), sp.GetRequiredService<IMeetingFileSource>(), sp.GetRequiredService<IProactiveSink>()));
        services.AddCapability<IntakeCapability>();
        return services;
    }

    /// <summary>"迅速/立即" → N Chinese working days of the bureau's one calendar (holidays and 调休).</summary>
    public static ExtractionOptions ExtractionSettings(IntakeOptions intake, WorkingCalendar calendar) => new()
    {
        Time = new TimeOptions { RelayWindowWorkingDays = intake.RelayWindowWorkingDays, Calendar = calendar },
    };
}
