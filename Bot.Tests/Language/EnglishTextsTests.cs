using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using ChatBot.Bot.Channel;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Features.Reminders;
using Xunit.Abstractions;

namespace ChatBot.Bot.Tests.Language;

/// <summary>
/// Renders the English of every text in every <c>*Texts</c> class (Dialogs and Bot) through reflection,
/// with plain ASCII arguments, and finds no Chinese punctuation in it: what an English reader sees
/// around the data is ASCII (no "Lead：…　Deadline：…").
/// </summary>
public class EnglishTextsTests(ITestOutputHelper output)
{
    private static readonly Assembly[] Assemblies = [typeof(Lang).Assembly, typeof(ChannelTexts).Assembly];

    [Fact]
    public void Every_english_text_uses_ascii_punctuation()
    {
        var problems = new List<string>();
        var rendered = 0;
        foreach (var (name, text) in EnglishTexts())
        {
            rendered++;
            problems.AddRange(EnglishPunctuation.Problems(text).Select(p => $"{name}: {p}"));
        }
        output.WriteLine($"{rendered} English texts rendered");
        Assert.True(rendered > 300, $"only {rendered} English texts were rendered; the scan no longer reaches the texts");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    [Fact]
    public void The_scan_finds_chinese_punctuation_when_there_is_some() =>
        Assert.Equal(2, EnglishPunctuation.Problems("Lead：x　Deadline: y").Count);

    /// <summary>(method, English text) for every static text method with a Lang, every ReminderTexts member, every ChannelTexts method.</summary>
    private static IEnumerable<(string, string)> EnglishTexts()
    {
        var types = Assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.Name.EndsWith("Texts", StringComparison.Ordinal) && !t.IsDefined(typeof(CompilerGeneratedAttribute)));
        foreach (var type in types)
        {
            var english = type == typeof(ReminderTexts) ? ReminderTexts.English : null;
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
            foreach (var method in type.GetMethods(all | BindingFlags.Static | BindingFlags.Instance))
            {
                if (method.IsSpecialName && !method.Name.StartsWith("get_", StringComparison.Ordinal)) continue;
                if (method.IsGenericMethodDefinition || method.IsDefined(typeof(CompilerGeneratedAttribute))) continue;
                var target = method.IsStatic ? null : english;
                if (!method.IsStatic && target is null) continue;
                var takesLang = method.GetParameters().Any(p => p.ParameterType == typeof(Lang));
                var takesLocale = method.GetParameters().Any(p => p.Name == "locale");
                if (method.IsStatic && !takesLang && !takesLocale) continue; // a language-neutral helper (Short, Date by culture…)
                foreach (var args in Arguments(method))
                {
                    object? result;
                    try { result = method.Invoke(target, args); }
                    catch (TargetInvocationException) { continue; }
                    foreach (var text in Strings(result)) yield return ($"{type.Name}.{method.Name}", text);
                }
            }
        }
    }

    /// <summary>Argument sets: English, ASCII data, each value of the first enum parameter, and both ways of each bool.</summary>
    private static IEnumerable<object?[]> Arguments(MethodInfo method)
    {
        var parameters = method.GetParameters();
        var enumAt = Array.FindIndex(parameters, p => p.ParameterType.IsEnum && p.ParameterType != typeof(Lang));
        var enumValues = enumAt < 0 ? [null] : Enum.GetValues(parameters[enumAt].ParameterType).Cast<object?>().ToArray();
        foreach (var variant in new[] { 0, 1 })
            foreach (var enumValue in enumValues)
            {
                var args = new object?[parameters.Length];
                var ok = true;
                for (var i = 0; i < parameters.Length && ok; i++)
                {
                    if (i == enumAt) { args[i] = enumValue; continue; }
                    ok = TrySample(parameters[i], variant, out args[i]);
                }
                if (ok) yield return args;
            }
    }

    private static bool TrySample(ParameterInfo p, int variant, out object? value)
    {
        var t = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        value = null;
        if (t == typeof(Lang)) value = Lang.En;
        else if (p.Name == "locale" && t == typeof(string)) value = "en-US";
        else if (t == typeof(string)) value = variant == 0 ? "Sample" : "";
        else if (t == typeof(int) || t == typeof(long)) value = Convert.ChangeType(variant == 0 ? 3 : 1, t);
        else if (t == typeof(bool)) value = variant == 1;
        else if (t == typeof(DateOnly)) value = new DateOnly(2026, 11, 27);
        else if (t == typeof(DateTimeOffset)) value = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8));
        else if (t.IsEnum) value = Enum.GetValues(t).GetValue(variant % Enum.GetValues(t).Length);
        else if (t.IsAssignableFrom(typeof(string[]))) value = variant == 0 ? new[] { "Alpha", "Beta" } : Array.Empty<string>();
        else if (t.IsClass && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
        {
            try { value = Activator.CreateInstance(t); }
            catch (TargetInvocationException) { return false; }
        }
        else if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>) && t.GetGenericArguments()[0] is { IsClass: true } element
                 && element.GetConstructor(Type.EmptyTypes) is not null)
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(Activator.CreateInstance(element));
            value = list;
        }
        else return p.IsOptional && (value = p.DefaultValue) is var _;
        return true;
    }

    /// <summary>Every string in a result: a string, a tuple of strings, or a sequence of those.</summary>
    private static IEnumerable<string> Strings(object? result) => result switch
    {
        null => [],
        string s => [s],
        ITuple tuple => Enumerable.Range(0, tuple.Length).SelectMany(i => Strings(tuple[i])),
        IEnumerable sequence => sequence.Cast<object?>().SelectMany(Strings),
        _ => [],
    };
}
