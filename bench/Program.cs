// Benchmarks print figures; they are not tests. Each command lives in its own file.
// Usage: dotnet run -c Release --project bench -- <command> [options]
return args.FirstOrDefault() switch
{
    "openitems" => ChatBot.Bench.OpenItemsBench.Run(args[1..]),
    "bulletin" => ChatBot.Bench.BulletinBench.Run(args[1..]),
    "ledger" => ChatBot.Bench.LedgerBench.Run(args[1..]),
    "extract-llm" => await ChatBot.Bench.ExtractLlmFigures.RunAsync(args[1..]),
    "extract" => BenchmarkDotNet.Running.BenchmarkRunner.Run<ChatBot.Bench.ExtractBenchmark>(args: args[1..]).HasCriticalValidationErrors ? 1 : 0,
    "fanout" => ChatBot.Bench.Fanout.FanoutCommand.Run(args[1..]),
    "store-growth" => ChatBot.Bench.Retention.StoreGrowthCommand.Run(args[1..]),
    "turns" => ChatBot.Bench.Turns.TurnsCommand.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench -- <extract|extract-llm|openitems|bulletin|ledger|fanout|store-growth|turns> [options]");
    return 2;
}
