namespace ChatBot.Bench;

/// <summary>A clock stopped at one instant: a bench's figures do not depend on the day it runs.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
