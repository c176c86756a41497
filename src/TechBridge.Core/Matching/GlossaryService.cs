using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Matching.Search;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Matching;

/// <summary>What an administrator enters for one glossary pair.</summary>
public sealed record GlossaryTermInput(string? Korean, string? English, IReadOnlyCollection<string>? Fields = null, string? Note = null);

public sealed record GlossaryImportResult(int Added, int Skipped);

/// <summary>
/// The glossary pairs, shipped and added: administrators add, edit and remove them; each change is validated, stored
/// (a removed shipped pair is kept hidden so the next start does not bring it back) and applied to partner search at
/// once (the engine swaps in the new glossary; no restart).
/// </summary>
public sealed class GlossaryService(TechBridgeDbContext db, PartnerIndex index, TaxonomyCatalog taxonomy, TimeProvider time)
{
    public async Task<GlossaryTerm> AddAsync(GlossaryTermInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (korean, english) = await CheckAsync(input, null, cancellationToken);
        var removed = await db.GlossaryTerms.SingleOrDefaultAsync(t => t.Korean == korean && t.English == english && t.IsRemoved, cancellationToken);
        var term = removed ?? new GlossaryTerm { Korean = korean, English = english };
        term.IsRemoved = false; // adding a removed shipped pair again brings it back
        Fill(term, input);
        term.CreatedAt = Clock.UtcNow(time);
        if (removed is null)
        {
            db.GlossaryTerms.Add(term);
        }

        await db.SaveChangesAsync(cancellationToken);
        await index.ReloadGlossaryAsync(cancellationToken);
        return term;
    }

    /// <summary>Changes a pair, shipped or added; <paramref name="expectedVersion"/> is the version the caller read (null: the one loaded now).</summary>
    public async Task<GlossaryTerm> UpdateAsync(Guid id, GlossaryTermInput input, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var term = await db.GlossaryTerms.SingleOrDefaultAsync(t => t.Id == id && !t.IsRemoved, cancellationToken) ?? throw new NotFoundException(nameof(GlossaryTerm), id);
        ExpectedVersion.Check(term, expectedVersion, nameof(GlossaryTerm), id);
        var (korean, english) = await CheckAsync(input, id, cancellationToken);
        term.Korean = korean;
        term.English = english;
        Fill(term, input);
        await db.SaveChangesAsync(cancellationToken);
        await index.ReloadGlossaryAsync(cancellationToken);
        return term;
    }

    /// <summary>The pair's rules and that no other pair (removed shipped ones included) has the same words.</summary>
    private async Task<(string Korean, string English)> CheckAsync(GlossaryTermInput input, Guid? self, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        GlossaryTermRules.Check(errors, input, await taxonomy.GetAsync(cancellationToken));
        errors.ThrowIfAny();
        var korean = input.Korean!.Trim();
        var english = input.English!.Trim();
        var clash = await db.GlossaryTerms.AnyAsync(t => t.Korean == korean && t.English == english && t.Id != self && !(self == null && t.IsRemoved), cancellationToken);
        if (clash)
        {
            throw ValidationFailedException.For("english", CoreMessages.Get("Validation.GlossaryDuplicate"));
        }

        return (korean, english);
    }

    private static void Fill(GlossaryTerm term, GlossaryTermInput input)
    {
        term.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        term.Fields = string.Join(';', TextInput.Codes(input.Fields));
    }

    /// <summary>
    /// Imports a CSV in the glossary format (<c>ko,en,fields,note</c>); pairs already present are skipped. All or nothing:
    /// every row is checked by the same rules as a single pair, and any broken row refuses the whole file with one
    /// message per broken row (naming its line).
    /// </summary>
    public async Task<GlossaryImportResult> ImportAsync(TextReader csv, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<GlossaryEntry> entries;
        try
        {
            entries = GlossaryCsv.Read(csv, "CSV");
        }
        catch (InvalidDataException ex)
        {
            throw ValidationFailedException.For("file", ex.Message);
        }

        var snapshot = await taxonomy.GetAsync(cancellationToken);
        var rowErrors = new ValidationErrors();
        for (var i = 0; i < entries.Count; i++)
        {
            var row = new ValidationErrors();
            GlossaryTermRules.Check(row, new GlossaryTermInput(entries[i].Korean, entries[i].English, entries[i].Fields), snapshot);
            foreach (var message in row.Messages())
            {
                rowErrors.Add("file", CoreMessages.Get("Validation.ImportLine", i + 2, message));
            }
        }

        rowErrors.ThrowIfAny();
        var existing = (await db.GlossaryTerms.AsNoTracking().Select(t => new { t.Korean, t.English }).ToListAsync(cancellationToken))
            .Select(t => (t.Korean, t.English)).ToHashSet();
        var now = Clock.UtcNow(time);
        var added = 0;
        foreach (var entry in entries)
        {
            if (existing.Add((entry.Korean, entry.English)))
            {
                db.GlossaryTerms.Add(new GlossaryTerm { Korean = entry.Korean, English = entry.English, Fields = string.Join(';', TextInput.Codes(entry.Fields)), CreatedAt = now });
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await index.ReloadGlossaryAsync(cancellationToken);
        return new GlossaryImportResult(added, entries.Count - added);
    }

    /// <summary>Deletes the pair; <paramref name="expectedVersion"/> is the version the caller read (null: the one loaded now).</summary>
    public async Task DeleteAsync(Guid id, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var term = await db.GlossaryTerms.SingleOrDefaultAsync(t => t.Id == id && !t.IsRemoved, cancellationToken) ?? throw new NotFoundException("GlossaryTerm", id);
        ExpectedVersion.Check(term, expectedVersion, nameof(GlossaryTerm), id);
        if (term.IsSeeded)
        {
            term.IsRemoved = true; // kept, so the next start does not bring the shipped pair back
        }
        else
        {
            db.GlossaryTerms.Remove(term);
        }

        await db.SaveChangesAsync(cancellationToken);
        await index.ReloadGlossaryAsync(cancellationToken);
    }
}
