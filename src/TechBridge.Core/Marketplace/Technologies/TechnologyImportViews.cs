namespace TechBridge.Core.Marketplace.Technologies;

/// <summary>What an import does to a listing: matched by the owner's reference key.</summary>
public enum ImportAction
{
    New,
    Updated,
    Unchanged,
}

/// <summary>One listing of the file: its reference, the rows it spans, its title and what the import does with it.</summary>
public sealed record ImportListingResult(string Reference, int FirstRow, int LastRow, string Title, int Patents, ImportAction Action, Guid? TechnologyId);

/// <summary>A problem in the file: the row number (header = 1; 0 for the file as a whole), the column as headed in the file, the message.</summary>
public sealed record ImportError(int Row, string Column, string Message);

/// <summary>The outcome of an import or its dry run; nothing is saved when <see cref="Errors"/> is not empty.</summary>
public sealed record ImportReport(bool DryRun, bool Saved, IReadOnlyList<ImportListingResult> Listings, IReadOnlyList<ImportError> Errors)
{
    public int Count(ImportAction action) => Listings.Count(l => l.Action == action);
}
