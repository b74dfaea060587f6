// Benchmarks print figures; they are not tests. Each command lives in its own file.
// Usage: dotnet run -c Release --project bench -- <command> [options]
return args.FirstOrDefault() switch
{
    "fanout" => ChatBot.Bench.Fanout.FanoutCommand.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench -- <extract|openitems|fanout> [options]");
    return 2;
}
