using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace TechBridge.Core.Data.Migrations;

/// <summary>
/// Migrations are written by hand and stay provider-neutral: column types come from each provider's
/// mapping of the CLR type. The one difference in the model, instants on SQLite, is decided here.
/// A test checks that migrating produces exactly the schema the model describes, on both providers.
/// </summary>
internal static class MigrationColumns
{
    public static bool IsSqlite(this MigrationBuilder migration) =>
        migration.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite";

    public static OperationBuilder<AddColumnOperation> Instant(this ColumnsBuilder columns, MigrationBuilder migration, bool nullable = false) =>
        migration.IsSqlite() ? columns.Column<long>(nullable: nullable) : columns.Column<DateTimeOffset>(nullable: nullable);

    public static OperationBuilder<AddColumnOperation> Text(this ColumnsBuilder columns, int maxLength, bool nullable = false) =>
        columns.Column<string>(maxLength: maxLength, nullable: nullable);
}
