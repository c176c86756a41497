using Microsoft.Extensions.DependencyInjection;
using TechBridge.Cli.Database;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Shared.Errors;
using TechBridge.Matching.Evaluation;

namespace TechBridge.Cli.Programs;

/// <summary>
/// <c>techbridge reviewers import --csv &lt;file&gt;</c> or <c>--openreview &lt;dir&gt; --country &lt;code&gt;</c>: brings reviewers into
/// the programs' pool of the configured database, all or nothing (exit 1 and every broken line when the file is wrong).
/// Whoever runs it on the database is trusted as an operator, as with <c>create-admin</c>; the audit names the system.
/// </summary>
internal static class ReviewersCommand
{
    public static async Task<int> RunAsync(CliOptions options, TextWriter output, TextWriter error)
    {
        if (options.Positional is not ["import"])
        {
            throw new CliUsageException("reviewers: expected 'import', e.g. 'techbridge reviewers import --csv reviewers.csv'.");
        }

        var csv = options["csv"];
        var openReview = options["openreview"];
        if ((csv is null) == (openReview is null))
        {
            throw new CliUsageException("reviewers import: give either --csv <file> or --openreview <dir>.");
        }

        if (openReview is not null && options["country"] is null)
        {
            throw new CliUsageException("reviewers import --openreview: --country <ISO 3166 alpha-2 code> is required (the archives name no country).");
        }

        IReadOnlyList<ReviewerArchive>? archives = null;
        if (csv is not null && !File.Exists(csv))
        {
            await error.WriteLineAsync($"techbridge: {csv}: file not found.");
            return 1;
        }

        if (openReview is not null)
        {
            try
            {
                var folder = Path.Combine(openReview, OpenReviewReader.ArchivesDirectoryName);
                archives = OpenReviewReader.ReadArchives(Directory.Exists(folder) ? folder : openReview);
            }
            catch (DatasetFormatException invalid)
            {
                await error.WriteLineAsync($"techbridge: {invalid.Message}");
                return 1;
            }
        }

        await using var services = CliDatabase.Services(options);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(includeDemoData: false);
        var importer = scope.ServiceProvider.GetRequiredService<ReviewerImporter>();
        ReviewerImportResult result;
        try
        {
            if (csv is not null)
            {
                await using var file = File.OpenRead(csv);
                result = await importer.ImportCsvAsync(null, file);
            }
            else
            {
                result = await importer.ImportOpenReviewAsync(null, archives!, options["country"]);
            }
        }
        catch (ValidationFailedException invalid)
        {
            foreach (var message in invalid.Errors.Values.SelectMany(m => m))
            {
                await error.WriteLineAsync($"techbridge: {csv ?? openReview}: {message}");
            }

            await error.WriteLineAsync("techbridge: nothing was imported.");
            return 1;
        }
        catch (IOException failed)
        {
            await error.WriteLineAsync($"techbridge: {csv}: {failed.Message}");
            return 1;
        }

        await output.WriteLineAsync(
            $"Reviewers imported into {services.GetRequiredService<DatabaseSettings>().Describe()}: {result.Added} added to the pool, "
            + $"{result.Skipped} already in it; {result.PeopleCreated} new in the directory, {result.PeopleMatched} matched to people there.");
        return 0;
    }
}
