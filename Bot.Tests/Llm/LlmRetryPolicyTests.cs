using System.ClientModel.Primitives;
using ChatBot.Bot.Llm;

namespace ChatBot.Bot.Tests.Llm;

public sealed class LlmRetryPolicyTests
{
    [Theory]
    [InlineData("retry-after-ms", "250", 250)]
    [InlineData("x-ms-retry-after-ms", "1500", 1500)]
    [InlineData("Retry-After", "2", 2000)]
    [InlineData("Retry-After", "0", 0)]
    [InlineData("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT", 0)]
    [InlineData("Retry-After", "3600", 60_000)]
    [InlineData("retry-after-ms", "Infinity", null)]
    [InlineData("Retry-After", "soon", null)]
    [InlineData("X-Other", "5", null)]
    public void Reads_the_delay_the_server_asked_for(string header, string value, int? expectedMs)
    {
        var delay = LlmRetryPolicy.ServerDelay(new Headers((header, value)));

        Assert.Equal(expectedMs is null ? null : TimeSpan.FromMilliseconds(expectedMs.Value), delay);
    }

    [Fact]
    public void Milliseconds_win_over_seconds_because_they_are_more_precise()
    {
        var delay = LlmRetryPolicy.ServerDelay(new Headers(("Retry-After", "1"), ("retry-after-ms", "120")));

        Assert.Equal(TimeSpan.FromMilliseconds(120), delay);
    }

    private sealed class Headers(params (string Name, string Value)[] values) : PipelineResponseHeaders
    {
        public override bool TryGetValue(string name, out string? value)
        {
            value = values.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase)).Value;
            return value is not null;
        }

        public override bool TryGetValues(string name, out IEnumerable<string>? value)
        {
            var found = TryGetValue(name, out var single);
            value = found ? [single!] : null;
            return found;
        }

        public override IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
            values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value)).GetEnumerator();
    }
}
