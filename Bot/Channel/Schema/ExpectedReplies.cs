namespace ChatBot.Bot.Channel.Schema;

/// <summary>The HTTP answer to an activity sent with deliveryMode "expectReplies": the turn's replies.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
