using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Bot.Channel.Auth;

/// <summary>The published keys for one kid, and the channels the channel service says that key may speak for.</summary>
public sealed record SigningKeyLookup(IReadOnlyList<SecurityKey> Keys, IReadOnlyList<string> Endorsements);
