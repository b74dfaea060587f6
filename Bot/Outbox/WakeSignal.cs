namespace ChatBot.Bot.Outbox;

/// <summary>Lets the dispatcher sleep until a timeout on its clock or until something happens (enqueue, a send finished).</summary>
internal sealed class WakeSignal
{
    private TaskCompletionSource _tcs = NewSource();

    public void Set() => Volatile.Read(ref _tcs).TrySetResult();

    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        var current = Volatile.Read(ref _tcs);
        if (timeout > TimeSpan.Zero)
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var delay = Task.Delay(timeout, time, cts.Token);
            await Task.WhenAny(current.Task, delay);
            await cts.CancelAsync();
        }
        // Consume the wake-up only if it is the one we waited on; a newer Set stays pending.
        if (current.Task.IsCompleted) Interlocked.CompareExchange(ref _tcs, NewSource(), current);
        ct.ThrowIfCancellationRequested();
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
