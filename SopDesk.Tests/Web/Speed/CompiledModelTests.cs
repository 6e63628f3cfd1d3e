using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
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
    public void The_compiled_model_describes_exactly_the_model_the_configurations_build()
    {
        using var built = new SopDeskDbContext(SopDeskDatabase.Options(Connection, compiledModel: false));
        using var compiled = new SopDeskDbContext(SopDeskDatabase.Options(Connection));

        // Every entity, property (type, column, converter, nullability), key, index and navigation, as EF prints them.
        Describe(compiled.Model).ShouldBe(Describe(built.Model), Regenerate);
    }

    [Fact]
    public void The_compiled_model_maps_the_same_tables_columns_and_indexes()
    {
        using var built = new SopDeskDbContext(SopDeskDatabase.Options(Connection, compiledModel: false));
        using var compiled = new SopDeskDbContext(SopDeskDatabase.Options(Connection));
        var differ = built.GetService<IMigrationsModelDiffer>();

        // What a migration would have to change to go from one to the other: nothing.
        var changes = differ.GetDifferences(
            compiled.GetService<IDesignTimeModel>().Model.GetRelationalModel(),
            built.GetService<IDesignTimeModel>().Model.GetRelationalModel());
        changes.Select(c => c.GetType().Name).ShouldBeEmpty(Regenerate);
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

    private static string Describe(IModel model) =>
        model.ToDebugString(MetadataDebugStringOptions.LongDefault);
}
