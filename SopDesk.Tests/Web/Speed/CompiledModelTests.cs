using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using SopDesk.Data;
using SopDesk.Data.CompiledModels;

namespace SopDesk.Tests.Web.Speed;

/// <summary>
/// The app opens SQLite with the EF model compiled ahead of time (decision 041). A model change without regenerating it
/// would leave the new columns unmapped at run time while every migration is right: these tests fail first.
/// </summary>
public sealed class CompiledModelTests
{
    private const string Regenerate =
        "The compiled EF model is stale. Regenerate it (decision 041): bash SopDesk.Data/CompiledModels/regenerate.sh";

    private const string Connection = "Data Source=compiled-model-check.db";

    [Fact]
    public void The_compiled_model_maps_exactly_what_the_configurations_map()
    {
        using var built = new SopDeskDbContext(SopDeskDatabase.Options(Connection, compiledModel: false));
        using var compiled = new SopDeskDbContext(SopDeskDatabase.Options(Connection));

        // Compared as sets of lines, so a failure names only what differs.
        var expected = Describe(built.Model);
        var actual = Describe(compiled.Model);
        expected.Except(actual).Concat(actual.Except(expected).Select(line => "compiled only: " + line)).ShouldBeEmpty(Regenerate);
    }

    [Fact]
    public void The_apps_options_use_the_compiled_model_and_the_design_time_ones_do_not()
    {
        SopDeskDatabase.Options(Connection).FindExtension<CoreOptionsExtension>()!.Model.ShouldBeSameAs(SopDeskDbContextModel.Instance);
        SopDeskDatabase.Options(Connection, compiledModel: false).FindExtension<CoreOptionsExtension>()!.Model.ShouldBeNull();
    }

    [Fact]
    public void No_assembly_attribute_makes_EF_use_the_compiled_model_by_itself()
    {
        // With it, a context built without UseModel silently gets the compiled model too: the first test would compare
        // the compiled model with itself, and another provider's context would get SQLite's model.
        typeof(SopDeskDbContext).Assembly.GetCustomAttributes(typeof(DbContextModelAttribute), false).ShouldBeEmpty(
            "Remove SopDeskDbContextAssemblyAttributes.cs (regenerate.sh does).");
    }

    /// <summary>
    /// What the runtime reads from the model: each table, column (type, store type, nullability, length, converter, key
    /// generation), key and index. Not EF's debug view: that also prints annotations EF adds to a model while it is used,
    /// so in a full test run the shared compiled model printed differently from a fresh one.
    /// </summary>
    private static List<string> Describe(IModel model) =>
        model.GetEntityTypes().SelectMany(entity =>
        {
            var table = entity.GetTableName() ?? "(no table)";
            var columns = entity.GetProperties().Select(p =>
                $"{table}.{p.GetColumnName()} {p.ClrType.Name} {p.GetColumnType()} null={p.IsNullable} max={p.GetMaxLength()} " +
                $"converter={p.GetTypeMapping().Converter?.GetType().Name} generated={p.ValueGenerated} strategy={SqlitePropertyExtensions.GetValueGenerationStrategy(p)} " +
                $"concurrency={p.IsConcurrencyToken}");
            var keys = entity.GetKeys().Select(k => $"{table} key {string.Join(",", k.Properties.Select(p => p.Name))} primary={k.IsPrimaryKey()}");
            var indexes = entity.GetIndexes().Select(i =>
                $"{table} index {i.GetDatabaseName()} ({string.Join(",", i.Properties.Select(p => p.Name))}) unique={i.IsUnique} filter={i.GetFilter()}");
            var foreignKeys = entity.GetForeignKeys().Select(f =>
                $"{table} fk ({string.Join(",", f.Properties.Select(p => p.Name))}) -> {f.PrincipalEntityType.GetTableName()} delete={f.DeleteBehavior}");
            return columns.Concat(keys).Concat(indexes).Concat(foreignKeys).Prepend($"{entity.Name} -> {table}");
        }).Order(StringComparer.Ordinal).ToList();
}
