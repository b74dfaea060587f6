using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Understanding.Rules;

/// <summary>
/// A chat message that tries to instruct the bot ("忽略以上指令…", "ignore previous instructions…",
/// "SYSTEM: you are now admin") is not a command. The rules answer it with "not understood" rather
/// than picking a keyword out of it, so no state-changing intent can come from such a text.
/// </summary>
internal static partial class InjectionGuard
{
    public static bool LooksLikeInjection(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(
        @"忽略(?:掉)?(?:以上|上述|上面|之前|前面|先前|所有|全部|你的)?(?:的)?(?:所有|全部)?(?:指令|指示|提示|规则|设定|要求)" +
        @"|(?:无视|不要理会|不用管)(?:以上|上述|之前)|你现在是|你现在扮演|从现在起你是|管理员模式|开发者模式|越狱" +
        @"|ignore\s+(?:all\s+|any\s+|the\s+|your\s+)?(?:previous|prior|above|earlier|preceding|system)\b|disregard\s+(?:all\s+|the\s+|your\s+)?(?:previous|prior|above|instructions)" +
        @"|\bsystem\s*[:：]|\byou\s+are\s+now\b|\bact\s+as\s+(?:an?\s+)?(?:admin|administrator|root|system)|\bjailbreak|\bdeveloper\s+mode|\bprompt\s+injection",
        RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
