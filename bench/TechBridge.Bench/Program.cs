using System.Globalization;
using BenchmarkDotNet.Running;
using TechBridge.Bench;

// dotnet run -c Release --project bench/TechBridge.Bench -- compare [documents] [queries per length] [--engine-only]
// dotnet run -c Release --project bench/TechBridge.Bench -- bdn [BenchmarkDotNet arguments]
if (args.Length > 0 && args[0] == "compare")
{
    var documents = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
    var queries = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
    CompareCommand.Run(documents, queries, Path.Combine(Path.GetTempPath(), "techbridge-bench"), engineOnly: args.Contains("--engine-only"));
    return 0;
}

if (args.Length > 0 && args[0] == "build")
{
    BuildProfile.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000);
    return 0;
}

if (args.Length > 0 && args[0] == "bdn")
{
    BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args[1..]);
    return 0;
}

Console.Error.WriteLine("usage: compare [documents] [queries-per-length] [--engine-only] | build [documents] | bdn [BenchmarkDotNet args]");
return 2;
