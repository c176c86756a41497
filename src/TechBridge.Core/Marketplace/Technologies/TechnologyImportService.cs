using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using C = TechBridge.Core.Marketplace.Technologies.TechnologyImportColumns;

namespace TechBridge.Core.Marketplace.Technologies;

/// <summary>
/// Imports an owner's listings and their patents from one CSV or .xlsx table (docs/technology-import.md): one or more rows
/// per listing, keyed by the owner's reference; the first row of a reference carries the listing, every row may carry one
/// patent. Every row is parsed and validated with the listing rules first; a dry run reports what would change (new /
/// updated / unchanged) and every row-level error; the real run saves only when there is no error, in one SaveChanges
/// (one transaction, audited like any edit). A listing's patents in the file replace its patents.
/// </summary>
public sealed class TechnologyImportService(TechBridgeDbContext db, TechnologyListingService listings, TimeProvider time)
{
    public const int MaxRows = 1000;
    public const long MaxBytes = 2 * 1024 * 1024;

    public async Task<ImportReport> ImportAsync(Guid userId, string fileName, Stream content, bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var owner = await listings.RequireOwnerAsync(userId, cancellationToken);
        var table = ImportTable.Read(fileName ?? string.Empty, content);
        if (table is null)
        {
            throw ValidationFailedException.For("file", CoreMessages.Get("Import.Unreadable"));
        }

        var errors = new List<ImportError>();
        var columns = MapHeader(table.Header, errors);
        if (table.Rows.Count > MaxRows)
        {
            errors.Add(new ImportError(0, string.Empty, CoreMessages.Get("Import.TooManyRows", MaxRows)));
        }

        if (table.Rows.Count == 0)
        {
            errors.Add(new ImportError(0, string.Empty, CoreMessages.Get("Import.Empty")));
        }

        if (errors.Count > 0)
        {
            return new ImportReport(dryRun, false, [], errors);
        }

        var parsed = await ParseAsync(table, columns, owner, errors, cancellationToken);
        var existing = await db.PublicTechnologies.Include(t => t.Fields).Include(t => t.Patents).AsSplitQuery()
            .Where(t => t.OwnerId == owner && t.ReferenceKey != null).ToListAsync(cancellationToken);
        var byReference = existing.ToDictionary(t => t.ReferenceKey!, StringComparer.Ordinal);
        var now = Clock.UtcNow(time);
        var results = new List<ImportListingResult>();
        foreach (var listing in parsed)
        {
            var current = byReference.GetValueOrDefault(listing.Reference);
            var validation = new ValidationErrors();
            await listings.ValidateAsync(validation, owner, listing.Input, current?.Id, cancellationToken);
            foreach (var (field, messages) in validation.ToDictionary())
            {
                var (row, column) = Locate(listing, field, columns);
                errors.AddRange(messages.Select(m => new ImportError(row, column, m)));
            }

            var action = current is null ? ImportAction.New : Same(current, listing.Input, now) ? ImportAction.Unchanged : ImportAction.Updated;
            var title = listing.Input.TitleKo is { Length: > 0 } ko ? ko : listing.Input.TitleEn ?? string.Empty;
            results.Add(new ImportListingResult(listing.Reference, listing.FirstRow, listing.LastRow, title, listing.Input.Patents?.Count ?? 0, action, current?.Id));
        }

        errors.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : string.CompareOrdinal(a.Column, b.Column));
        if (dryRun || errors.Count > 0)
        {
            return new ImportReport(dryRun, false, results, errors);
        }

        for (var i = 0; i < parsed.Count; i++)
        {
            if (results[i].Action == ImportAction.Unchanged)
            {
                continue;
            }

            var technology = byReference.GetValueOrDefault(parsed[i].Reference);
            if (technology is null)
            {
                technology = new PublicTechnology { OwnerId = owner, CreatedAt = now };
                db.PublicTechnologies.Add(technology);
            }

            TechnologyListingService.Apply(technology, parsed[i].Input, now);
            results[i] = results[i] with { TechnologyId = technology.Id };
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ImportReport(false, true, results, []);
    }

    /// <summary>Whether applying the input would change nothing that is saved.</summary>
    private static bool Same(PublicTechnology current, TechnologyInput input, DateTimeOffset now)
    {
        var probe = new PublicTechnology { OwnerId = current.OwnerId, CreatedAt = current.CreatedAt };
        TechnologyListingService.Apply(probe, input, now);
        return Fingerprint(probe) == Fingerprint(current);
    }

    private static string Fingerprint(PublicTechnology t) => string.Join('\u001f', new object?[]
    {
        t.ReferenceKey, t.TitleKo, t.TitleEn, t.Summary, t.Keywords, t.Trl, t.Status, t.ContactPersonId, t.RndTaskNumber, t.RndAgency, t.RndYear,
        t.RndTaskTitle, t.OffersExclusive, t.OffersNonExclusive, t.OffersAssignment, t.FeeMinKrw, t.FeeMaxKrw, t.TermsConditions,
        string.Join(',', t.Fields.Select(f => f.FieldCode).Order(StringComparer.Ordinal)),
        string.Join(';', t.Patents.OrderBy(p => p.Position).Select(p => string.Join('|', p.ApplicationNumber, p.RegistrationNumber, p.Status, p.Countries,
            p.FilingDate?.ToString("O", CultureInfo.InvariantCulture), p.ExpiryDate?.ToString("O", CultureInfo.InvariantCulture)))),
    }.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));

    private static Dictionary<string, (int Index, string Header)> MapHeader(IReadOnlyList<string> header, List<ImportError> errors)
    {
        var columns = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Length == 0)
            {
                continue;
            }

            var column = C.Find(header[i]);
            if (column is null)
            {
                errors.Add(new ImportError(1, header[i], CoreMessages.Get("Import.UnknownColumn")));
            }
            else if (!columns.TryAdd(column, (i, header[i])))
            {
                errors.Add(new ImportError(1, header[i], CoreMessages.Get("Import.DuplicateColumn")));
            }
        }

        if (!columns.ContainsKey(C.Reference))
        {
            errors.Add(new ImportError(1, C.Reference, CoreMessages.Get("Import.MissingColumn")));
        }

        return columns;
    }

    private static (int Row, string Column) Locate(ParsedListing listing, string field, Dictionary<string, (int Index, string Header)> columns)
    {
        var row = listing.FirstRow;
        var name = field;
        if (field.StartsWith("Patents[", StringComparison.Ordinal) && field.IndexOf(']', StringComparison.Ordinal) is var close and > 8)
        {
            var index = int.Parse(field.AsSpan(8, close - 8), CultureInfo.InvariantCulture);
            row = listing.PatentRows[index];
            name = "Patent." + field[(close + 2)..];
        }

        var column = C.FieldColumns.GetValueOrDefault(name, name);
        return (row, columns.TryGetValue(column, out var c) ? c.Header : column);
    }

    private async Task<List<ParsedListing>> ParseAsync(
        ImportTable table, Dictionary<string, (int Index, string Header)> columns, Guid owner, List<ImportError> errors, CancellationToken cancellationToken)
    {
        var contacts = await db.Affiliations.AsNoTracking().Where(a => a.OrganizationId == owner && a.Person!.Email != null)
            .Select(a => new { a.PersonId, a.Person!.Email }).ToListAsync(cancellationToken);
        var byReference = new Dictionary<string, ParsedListing>(StringComparer.Ordinal);
        var order = new List<ParsedListing>();
        foreach (var (number, cells) in table.Rows)
        {
            var row = new RowReader(number, cells, columns, errors);
            var reference = row.Text(C.Reference);
            if (reference is null)
            {
                row.Error(C.Reference, CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.ReferenceKey")));
                continue;
            }

            if (!byReference.TryGetValue(reference, out var listing))
            {
                var email = row.Text(C.ContactEmail);
                Guid? contact = null;
                if (email is not null)
                {
                    contact = contacts.FirstOrDefault(c => string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase))?.PersonId;
                    if (contact is null)
                    {
                        row.Error(C.ContactEmail, CoreMessages.Get("Validation.ContactNotMember"));
                    }
                }

                listing = new ParsedListing(reference, number, new TechnologyInput(
                    row.Text(C.TitleKo), row.Text(C.TitleEn), row.Text(C.Summary), row.List(C.Fields), row.Number(C.Trl, "Field.Trl"),
                    row.Text(C.Keywords), row.Enum(C.Status, LicensingStatus.Available, StatusNames), contact, reference,
                    row.Text(C.TaskNumber), row.Text(C.Agency), row.Number(C.TaskYear, "Field.RndYear"), row.Text(C.TaskTitle),
                    row.Kinds(C.LicenceKinds), row.Amount(C.FeeMin, "Field.FeeMin"), row.Amount(C.FeeMax, "Field.FeeMax"), row.Text(C.Conditions), new List<PatentInput>()));
                byReference[reference] = listing;
                order.Add(listing);
            }
            else if (C.All.Where(c => !c.Patent && c.En != C.Reference).FirstOrDefault(c => row.Text(c.En) is not null) is { En: { } filled })
            {
                row.Error(filled, CoreMessages.Get("Import.RepeatedListing", listing.FirstRow));
            }

            listing.LastRow = number;
            if (C.All.Where(c => c.Patent).Any(c => row.Text(c.En) is not null))
            {
                ((List<PatentInput>)listing.Input.Patents!).Add(new PatentInput(
                    row.Text(C.ApplicationNumber), row.Text(C.RegistrationNumber), row.Enum(C.PatentStatus, PatentStatus.Filed, PatentStatusNames),
                    row.List(C.Countries), row.Date(C.FilingDate, "Field.FilingDate"), row.Date(C.ExpiryDate, "Field.ExpiryDate")));
                listing.PatentRows.Add(number);
            }
        }

        return order;
    }

    private static readonly Dictionary<string, LicensingStatus> StatusNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["이전 가능"] = LicensingStatus.Available, ["협상 중"] = LicensingStatus.UnderNegotiation, ["이전 완료"] = LicensingStatus.Licensed,
        ["철회"] = LicensingStatus.Withdrawn,
    };

    private static readonly Dictionary<string, PatentStatus> PatentStatusNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["출원"] = PatentStatus.Filed, ["등록"] = PatentStatus.Registered, ["소멸"] = PatentStatus.Expired, ["만료"] = PatentStatus.Expired,
        ["포기"] = PatentStatus.Abandoned,
    };

    internal static readonly Dictionary<string, LicenceKind> KindNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["전용실시권"] = LicenceKind.Exclusive, ["통상실시권"] = LicenceKind.NonExclusive, ["양도"] = LicenceKind.Assignment,
    };

    private sealed class ParsedListing(string reference, int firstRow, TechnologyInput input)
    {
        public string Reference { get; } = reference;
        public int FirstRow { get; } = firstRow;
        public int LastRow { get; set; } = firstRow;
        public TechnologyInput Input { get; } = input;
        public List<int> PatentRows { get; } = [];
    }

    /// <summary>Reads one row's cells by column, adding a row-level error for every value that is not of its column's type.</summary>
    private sealed class RowReader(int number, IReadOnlyList<string> cells, Dictionary<string, (int Index, string Header)> columns, List<ImportError> errors)
    {
        private static readonly char[] Separators = [';', ',', '|', ' '];

        public void Error(string column, string message) =>
            errors.Add(new ImportError(number, columns.TryGetValue(column, out var c) ? c.Header : column, message));

        public string? Text(string column) =>
            columns.TryGetValue(column, out var c) && c.Index < cells.Count && !string.IsNullOrWhiteSpace(cells[c.Index]) ? cells[c.Index].Trim() : null;

        public List<string> List(string column) =>
            [.. (Text(column) ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

        public int? Number(string column, string label)
        {
            var text = Text(column);
            if (text is null)
            {
                return null;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value == Math.Floor(value) && Math.Abs(value) < int.MaxValue)
            {
                return (int)value;
            }

            Error(column, CoreMessages.Get("Validation.NotANumber", CoreMessages.Get(label)));
            return null;
        }

        public long? Amount(string column, string label)
        {
            var text = Text(column)?.Replace(",", string.Empty, StringComparison.Ordinal);
            if (text is null)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value == decimal.Truncate(value)
                && value is >= long.MinValue and <= long.MaxValue)
            {
                return (long)value;
            }

            Error(column, CoreMessages.Get("Validation.NotANumber", CoreMessages.Get(label)));
            return null;
        }

        /// <summary>yyyy-MM-dd (also with '.' or '/'), or an Excel date serial number.</summary>
        public DateOnly? Date(string column, string label)
        {
            var text = Text(column);
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy.MM.dd", "yyyy/MM/dd", "yyyy-M-d", "yyyy.M.d", "yyyy/M/d"], CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out var date))
            {
                return date;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
            {
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
            }

            Error(column, CoreMessages.Get("Validation.NotADate", CoreMessages.Get(label)));
            return null;
        }

        public T Enum<T>(string column, T fallback, Dictionary<string, T> names)
            where T : struct, Enum
        {
            var text = Text(column);
            if (text is null)
            {
                return fallback;
            }

            if (names.TryGetValue(text, out var named) || (System.Enum.TryParse(text, ignoreCase: true, out named) && System.Enum.IsDefined(named)
                                                            && !char.IsDigit(text[0])))
            {
                return named;
            }

            Error(column, CoreMessages.Get("Import.UnknownValue", text));
            return fallback;
        }

        public List<LicenceKind> Kinds(string column)
        {
            var kinds = new List<LicenceKind>();
            foreach (var text in List(column))
            {
                if (KindNames.TryGetValue(text, out var kind) || (System.Enum.TryParse(text, ignoreCase: true, out kind) && System.Enum.IsDefined(kind) && !char.IsDigit(text[0])))
                {
                    kinds.Add(kind);
                }
                else
                {
                    Error(column, CoreMessages.Get("Import.UnknownValue", text));
                }
            }

            return [.. kinds.Distinct()];
        }
    }
}
