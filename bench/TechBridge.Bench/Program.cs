using System.Globalization;
using BenchmarkDotNet.Running;
using TechBridge.Bench;

// dotnet run -c Release --project bench/TechBridge.Bench -- compare [documents] [queries per length] [--engine-only]
// dotnet run -c Release --project bench/TechBridge.Bench -- compare --beir <dir> [--split test] [--top 100] [--glossary <file> | --no-glossary]
// dotnet run -c Release --project bench/TechBridge.Bench -- compare --corpus <corpus.jsonl> --queries <queries.jsonl> --qrels <qrels.tsv> [--top 100]
// dotnet run -c Release --project bench/TechBridge.Bench -- assignment [--proposals 1000] [--reviewers 3000] [--k 3] [--max-load 2] [--conflicts 0.05] [--runs 3]
// dotnet run -c Release --project bench/TechBridge.Bench -- meetings [--participants 2000] [--meetings 10000] [--days 2] [--tables 350] [--priority 0] [--oversubscribe 1] [--time-limit 10] [--runs 3]
// dotnet run -c Release --project bench/TechBridge.Bench -- partner-search [--provider sqlite|postgres] [--postgres "Host=…"] [--requests 400] [--clients 8]
// dotnet run -c Release --project bench/TechBridge.Bench -- bdn [BenchmarkDotNet arguments]
// dotnet run -c Release --project bench/TechBridge.Bench -- booking --provider postgres|sqlite [--clients 64] [--seconds 20] [--items 3000]
//     [--raw-seconds 5] [--search-requests 500] [--search-clients 16] [--postgres "Host=…"] [--request-log]
// dotnet run -c Release --project bench/TechBridge.Bench -- availability-search --provider postgres|sqlite [--queries 200] [--naive-runs 5]
if (args.Length > 1 && args[0] == "compare" && args[1].StartsWith("--", StringComparison.Ordinal) && args[1] != "--engine-only")
{
    return BeirCompareCommand.Run(args[1..]);
}

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

if (args.Length > 0 && args[0] == "booking")
{
    return await TechBridge.Bench.Booking.BookingCommand.RunAsync(TechBridge.Bench.Booking.BookingCommand.Options.Parse(args[1..]));
}

if (args.Length > 0 && args[0] == "availability-search")
{
    return await TechBridge.Bench.Availability.AvailabilitySearchCommand.RunAsync(TechBridge.Bench.Availability.AvailabilitySearchCommand.Options.Parse(args[1..]));
}

if (args.Length > 0 && args[0] == "assignment")
{
    return TechBridge.Bench.Assignment.AssignmentCommand.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "meetings")
{
    return TechBridge.Bench.Meetings.MeetingsCommand.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "partner-search")
{
    return await TechBridge.Bench.Matching.PartnerSearchLoadCommand.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "bdn")
{
    BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args[1..]);
    return 0;
}

Console.Error.WriteLine("usage: compare [documents] [queries-per-length] [--engine-only] | compare --beir <dir> [--split test] | compare --corpus <jsonl> --queries <jsonl> --qrels <tsv> | build [documents] | booking --provider postgres|sqlite [--clients N] [--seconds S] | availability-search --provider postgres|sqlite [--queries N] [--naive-runs N] | partner-search [--provider sqlite|postgres] [--requests N] [--clients N] | assignment [--proposals N] [--reviewers N] [--k N] [--max-load N] | meetings [--participants N] [--meetings N] [--days N] [--tables N] | bdn [BenchmarkDotNet args]");
return 2;
