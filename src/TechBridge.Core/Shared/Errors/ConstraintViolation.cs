using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace TechBridge.Core.Shared.Errors;

public enum ConstraintKind
{
    /// <summary>A unique key already holds the value (HTTP 409).</summary>
    Unique,

    /// <summary>A foreign key points at a row that does not exist (HTTP 400).</summary>
    ForeignKey,

    /// <summary>The database refused a value (too long, not storable, a check constraint) (HTTP 400).</summary>
    InvalidValue,
}

/// <summary>
/// A database constraint that refused a write, read from either provider's error (SQLite extended codes 2067/1555/787/…,
/// PostgreSQL SQLSTATE 23505/23503/22xxx), with the input field it concerns when the model can tell.
/// </summary>
public sealed partial record ConstraintViolation(ConstraintKind Kind, string? Field)
{
    /// <summary>The violation behind <paramref name="exception"/> (a failed save, or a query the database refused), or null.</summary>
    public static ConstraintViolation? From(Exception exception, IModel? model)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    return FromPostgres(pg, model);
                case SqliteException sqlite:
                    return FromSqlite(sqlite);
            }
        }

        return null;
    }

    private static ConstraintViolation? FromPostgres(PostgresException pg, IModel? model) => pg.SqlState switch
    {
        PostgresErrorCodes.UniqueViolation => new(ConstraintKind.Unique, UniqueField(pg.ConstraintName, model) ?? Camel(pg.ColumnName)),
        PostgresErrorCodes.ForeignKeyViolation => new(ConstraintKind.ForeignKey, ForeignKeyField(pg.ConstraintName, model)),
        PostgresErrorCodes.NotNullViolation or PostgresErrorCodes.CheckViolation or PostgresErrorCodes.ExclusionViolation
            => new(ConstraintKind.InvalidValue, Camel(pg.ColumnName)),
        { } state when state.StartsWith("22", StringComparison.Ordinal) => new(ConstraintKind.InvalidValue, Camel(pg.ColumnName)),
        _ => null,
    };

    private static ConstraintViolation? FromSqlite(SqliteException sqlite)
    {
        const int constraint = 19;
        if (sqlite.SqliteErrorCode != constraint)
        {
            return null;
        }

        var columns = ColumnsPattern().Match(sqlite.Message);
        var field = columns.Success ? Camel(columns.Groups["columns"].Value.Split(',')[^1].Trim().Split('.')[^1]) : null;
        return sqlite.SqliteExtendedErrorCode switch
        {
            2067 or 1555 => new(ConstraintKind.Unique, field),
            787 => new(ConstraintKind.ForeignKey, null),
            _ => new(ConstraintKind.InvalidValue, field),
        };
    }

    private static string? UniqueField(string? constraintName, IModel? model) =>
        constraintName is null || model is null ? null
            : model.GetEntityTypes().SelectMany(e => e.GetIndexes()).Where(i => i.IsUnique && i.GetDatabaseName() == constraintName)
                .Select(i => Camel(i.Properties[^1].Name)).FirstOrDefault();

    private static string? ForeignKeyField(string? constraintName, IModel? model) =>
        constraintName is null || model is null ? null
            : model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()).Where(k => k.GetConstraintName() == constraintName)
                .Select(k => Camel(k.Properties[^1].Name)).FirstOrDefault();

    private static string? Camel(string? name) => string.IsNullOrEmpty(name) ? null : JsonNamingPolicy.CamelCase.ConvertName(name);

    [GeneratedRegex("constraint failed: (?<columns>[^']+)")]
    private static partial Regex ColumnsPattern();
}
