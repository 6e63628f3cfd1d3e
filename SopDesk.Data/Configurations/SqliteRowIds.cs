using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SopDesk.Data.Configurations;

/// <summary>
/// The one SQLite-only setting of the model's keys (other providers ignore the annotation): an integer key as a plain
/// rowid alias, without AUTOINCREMENT, for the tables every step writes (the journal, the rollup). With AUTOINCREMENT each
/// such write — even an upsert that only updates — also rewrites the <c>sqlite_sequence</c> page, one more page for the
/// step's commit to write and sync (decision 038). Without it SQLite gives a new row the largest id + 1: in the journal,
/// whose rows are never deleted (triggers refuse it), ids still never repeat and grow with each commit, which its
/// readers rely on; nothing refers to a rollup row by its id.
/// </summary>
internal static class SqliteRowIds
{
    public static PropertyBuilder<long> WithoutAutoincrement(this PropertyBuilder<long> key)
    {
        key.Metadata.SetValueGenerationStrategy(SqliteValueGenerationStrategy.None);
        return key;
    }
}
