using ChatBot.Bot.Channel;
using ChatBot.Bot.Channel.Auth;
using ChatBot.Bot.Channel.Connector;
using ChatBot.Bot.Channel.Pipeline;
using ChatBot.Bot.Graph;
using ChatBot.Bot.Hosting;
using ChatBot.Bot.Outbox;
using ChatBot.Bot.Replicas;
using ChatBot.Bot.Scheduling;
using ChatBot.Bot.Web.Board;
using ChatBot.Bot.Web.LocalChat;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Conversation.Capabilities;
using ChatBot.Dialogs.Features.Delivery;
using ChatBot.Dialogs.Features.Help;
using ChatBot.Dialogs.Features.Audit;
using ChatBot.Dialogs.Features.CheckOff;
using ChatBot.Dialogs.Features.Extension;
using ChatBot.Dialogs.Features.Reassign;
using ChatBot.Dialogs.Features.OpenItems;
using ChatBot.Dialogs.Features.Roster.Chat;
using ChatBot.Dialogs.Features.Roster.Matching;
using ChatBot.Dialogs.Features.Relay;
using ChatBot.Dialogs.Features.Progress;
using ChatBot.Dialogs.Features.Reminders;
using ChatBot.Dialogs.Features.ReminderSettings;
using ChatBot.Dialogs.Features.Ledger;
using ChatBot.Dialogs.Features.DispatchSheet;
using ChatBot.Dialogs.Storage;
using ChatBot.Bot.Llm;
using ChatBot.Bot.Intake;
using ChatBot.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ChatBot.Dialogs.Understanding.Time;

namespace ChatBot.Bot;

/// <summary>The composition root: configuration, services and endpoints of the bot's web host.</summary>
public static class BotApp
{
    public const string DefaultUrl = "http://127.0.0.1:3978";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        AddServices(builder.Services, builder.Configuration);
        // Last, so tests and embedders can replace any service (clock, recogniser, token provider).
        configure?.Invoke(builder);

        var app = builder.Build();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ChatBot.Bot");
        // Resolved first, so a bad Bureau:TimeZone stops the start with its message before anything is opened.
        foreach (var warning in app.Services.GetRequiredService<BureauSettings>().Warnings) log.LogWarning("Settings: {Warning}", warning);
        var store = app.Services.GetRequiredService<IStore>();
        // A change's notices go into the outbox in the change's own transaction.
        store.Notices = app.Services.GetRequiredService<ProactiveDelivery>();
        StoreSetup.SeedRoster(store, app.Services.GetRequiredService<IOptions<RosterOptions>>().Value, log);
        log.LogInformation("Task store: {Path}", store.Path);
        var restored = app.Services.GetRequiredService<ConversationReferences>().RestoreTrust();
        // Another replica may learn an origin after this start: a miss reads the store again.
        app.Services.GetRequiredService<TrustedServiceUrls>().ReloadOnMiss(() => store.Addresses.Trusted().Select(a => a.ServiceUrl));
        if (restored > 0) log.LogInformation("Trusting {Count} serviceUrl origin(s) the channel vouched for before the restart", restored);
        CalendarCheck.Warn(app.Services.GetRequiredService<WorkingCalendar>(), app.Services.GetRequiredService<BureauClock>().Today.Year, log);
        if (!app.Services.GetRequiredService<InboundAuthenticator>().TokensRequired)
            log.LogWarning("No Bot:AppId configured: /api/messages accepts requests without a token, from loopback only (local chat page, Agents Playground)");

        app.MapMessages();
        app.MapHealth();
        app.MapLocalChat();
        app.MapBoardTab();
        return app;
    }

    private static void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<StorageOptions>().Bind(config.GetSection("Storage")).ValidateDataAnnotations().Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddOptions<RosterOptions>().Bind(config.GetSection("Roster"));
        services.AddOptions<LocalChatOptions>().Bind(config.GetSection("LocalChat"));
        services.AddOptions<ChannelOptions>().Bind(config.GetSection("Channel")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(config.GetSection("OpenItems").Get<OpenItemsOptions>() ?? new OpenItemsOptions());

        services.TryAddSingleton(TimeProvider.System);
        services.AddBotTelemetry(config);
        // One time zone and one working calendar for the whole bot (Bureau:TimeZone, Bureau:CalendarFolder).
        services.AddSingleton(sp => BureauSettings.Read(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => new BureauClock(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<BureauSettings>().Zone));
        services.AddSingleton(sp => sp.GetRequiredService<BureauSettings>().LoadCalendar());
        services.AddSingleton(sp => sp.GetRequiredService<BureauSettings>().Language);
        services.AddSingleton(StoreSetup.Open);

        // IChatClient only when Llm:Provider is set; understanding then uses the LLM with the rules behind it.
        services.AddLlm(config);
        services.AddUnderstanding();
        // The capabilities, one line each: a capability's folder says everything else (Conversation/Capabilities).
        services.AddCapability<HelpCapability>();
        services.AddCapability<OpenItemsCapability>();
        services.AddCapability<RosterLookupCapability>();
        services.AddCapability<RosterMaintenanceCapability>();
        services.AddCapability<RelayCapability>();
        services.AddCapability<ProgressCapability>();
        services.AddCapability<CheckOffRequestCapability>();
        services.AddCapability<CheckOffDecisionCapability>();
        services.AddCapability<ItemHistoryCapability>();
        services.AddCapability<PauseCapability>();
        services.AddCapability<ReminderSettingsCapability>();
        services.AddCapability<ChatBot.Dialogs.Features.Snooze.SnoozeCapability>();
        services.AddCapability<ChatBot.Dialogs.Features.Cadence.CadenceCapability>();
        services.AddCapability<DeliveryCapability>();
        // Extension (延期申请): who approves is Workflow:ExtensionApprover, checked at start.
        services.AddOptions<WorkflowOptions>().Bind(config.GetSection(WorkflowOptions.Section)).Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<WorkflowOptions>>().Value);
        services.AddCapability<ExtensionRequestCapability>();
        services.AddCapability<ExtensionDecisionCapability>();
        // Send back and reassign (退回 / 改派).
        services.AddCapability<SendBackCapability>();
        services.AddCapability<ReassignDecisionCapability>();
        // 转派 · 代理 · 佐证材料 (#15 parts 3–5).
        services.AddCapability<ChatBot.Dialogs.Features.Cascade.CascadeCapability>();
        services.AddCapability<ChatBot.Dialogs.Features.Delegation.DelegationCapability>();
        services.AddCapability<ChatBot.Dialogs.Features.Evidence.EvidenceCapability>();
        // Office tools (issue #16): the ledger (导出台账) and numbered notices (打印督办单).
        services.AddCapability<LedgerCapability>();
        services.AddCapability<DispatchSheetCapability>();
        // Scoring and bulletin, the leader's portfolio and 批示 (issue #16): options checked at start (Bot/Hosting/LeaderToolsSetup).
        services.AddLeaderTools(config);
        services.AddIntake(config);
        services.AddSingleton<TurnEngine>();

        services.AddBotAuthentication(config);
        services.AddBotConnector(config);
        services.AddSingleton<InboundAuthenticator>();
        services.AddSingleton<IInboundAuthenticator>(sp => sp.GetRequiredService<InboundAuthenticator>());
        services.AddGraph(config);
        // Several replicas on one store: who this one is, and the leases that keep the scheduler and the sender single.
        services.AddReplicas(config);
        services.AddOutbox(config);
        services.AddDispatchDelivery();
        // The bot's own channel account, needed to open 1:1 chats, follows from its app id unless set.
        services.PostConfigure<OutboxOptions>(o =>
        {
            if (string.IsNullOrEmpty(o.BotId) && config["Bot:AppId"] is { Length: > 0 } appId) o.BotId = "28:" + appId;
            // The default service URL follows the cloud unless it was set; a cloud with no documented one
            // (China) leaves it empty, and the validator names the setting at start-up.
            if (string.IsNullOrEmpty(config["Outbox:DefaultServiceUrl"]))
                o.DefaultServiceUrl = BotCloudEndpoints.For(config.GetValue("Bot:Cloud", BotCloud.Public)).DefaultServiceUrl ?? "";
        });
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<ActivityDedupe>();
        services.AddSingleton<WelcomeOnce>();
        services.AddSingleton<ProactiveDelivery>();
        // Files for a member: consent card, upload to the URL Teams gives, file info card (Channel/Files).
        services.AddSingleton<Channel.Files.FileOffers>();
        services.AddSingleton<Channel.Files.FileConsent>();
        services.AddHttpClient(Channel.Files.FileConsent.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(60));
        services.AddSingleton<ReplyDelivery>();
        services.AddSingleton<TeamsRosterMatching>();
        // The steps before every turn, in this order: one effect per activity, one member resolution, one address.
        services.AddSingleton<IMemberResolver, RosterMemberResolver>();
        services.AddSingleton<ITurnStep, DedupeStep>();
        services.AddSingleton<ITurnStep, MemberStep>();
        services.AddSingleton<ITurnStep, AddressStep>();
        services.AddSingleton<TurnPipeline>();
        services.AddSingleton<ActivityProcessor>();
        services.AddSingleton<LocalTranscript>();
        services.AddSingleton<LocalFiles>();
        // The board tab (Web/Board): its page, its data, and the check of the Teams SSO token it sends.
        services.AddOptions<BoardTabOptions>().Bind(config.GetSection(BoardTabOptions.Section));
        services.AddSingleton<TabTokenValidator>();
        // Reminders (enabled unless Reminders:Enabled=false); also provides ReminderOptions for PauseFeature.
        services.AddReminderScheduler(config);
    }
}
