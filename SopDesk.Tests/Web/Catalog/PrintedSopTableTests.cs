using System.Text.Json.Nodes;
using Bunit;
using MudBlazor.Services;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Catalog;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Web.Catalog;

/// <summary>What the printed table carries beyond the texts: the column-number row, footnote numbers and sub-step numbers.</summary>
public class PrintedSopTableTests
{
    private static IRenderedComponent<SopStepTable> Render(SopDefinition definition)
    {
        var context = new BunitContext();
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context.Render<SopStepTable>(p => p.Add(t => t.Definition, definition));
    }

    [Fact]
    public void The_column_number_row_numbers_every_column_as_the_paper()
    {
        var table = Render(CaseDriver.Definitions["ak1"]);

        // No, Kegiatan, five lanes, Kelengkapan, Waktu, Output, Ket.
        table.FindAll("tr.column-numbers th").Select(th => th.TextContent).ShouldBe([.. Enumerable.Range(1, 11).Select(n => n.ToString())]);
    }

    [Fact]
    public void Step_notes_are_numbered_footnotes_in_the_table_and_the_SOPs_notes_follow()
    {
        var ak1 = CaseDriver.Definitions["ak1"];
        var table = Render(ak1);
        var footnotes = SopFootnotes.Of(ak1);

        var withNotes = ak1.Steps.Where(s => s.Note is not null).ToList();
        footnotes.Take(withNotes.Count).Select(f => f.Step).ShouldBe(withNotes);
        footnotes.Skip(withNotes.Count).Select(f => f.Text).ShouldBe(ak1.Notes);
        footnotes.Select(f => f.Number).ShouldBe([.. Enumerable.Range(1, footnotes.Count)]);
        foreach (var note in footnotes.Where(f => f.Step is not null))
            table.Find($"tr[data-step={note.Step!.Id}] sup.footnote-ref").TextContent.ShouldBe(note.Number.ToString());
    }

    [Fact]
    public void A_sub_step_prints_as_4a_under_its_row_4()
    {
        var sop = DefinitionFiles.Ak1();
        sop["steps"]![4]!["no"] = 4;
        sop["steps"]![4]!["sub"] = "a";
        var (definition, errors) = SopDefinitionLoader.Parse("ak1-sub.json", sop.ToJsonString());
        errors.ShouldBeEmpty();

        var table = Render(definition!);

        table.FindAll("tbody td.no").Select(td => td.TextContent).ShouldBe(["1", "2", "3", "4", "4a", "6"]);
    }
}
