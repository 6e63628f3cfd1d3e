using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Web.Features.Cases;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Desk;

/// <summary>After an officer finishes a step, the berkas page says where the berkas went: the next lane and step, the pemohon, or its end.</summary>
public class WhereItWentTests
{
    private static readonly SopDefinition Jht =
        SopDefinitionLoader.Parse("503-44-jht.json", File.ReadAllText(Path.Combine(DefinitionFiles.Folder, "503-44-jht.json"))).Definition!;

    private static CaseState State(CaseStatus status, string? stepId = null, string? laneId = null, string? endId = null) => new()
    {
        CaseId = Guid.NewGuid(),
        DefinitionId = Jht.Id,
        DefinitionHash = Jht.ContentHash,
        Status = status,
        StartedAt = DateTimeOffset.UnixEpoch,
        EndId = endId,
        OpenItem = stepId is null ? null : new WorkItemState
        {
            Id = Guid.NewGuid(), Sequence = 3, StepId = stepId, LaneId = laneId ?? Jht.Step(stepId).Lane, ArrivedAt = DateTimeOffset.UnixEpoch, Visit = 1,
        },
    };

    [Fact]
    public void A_step_handed_on_names_the_lane_the_step_and_its_number()
    {
        var verifikasi = Jht.Step("verifikasi");
        WhereItWent.After(Jht, State(CaseStatus.Active, "verifikasi"))
            .ShouldBe($"Tersimpan. Berkas diteruskan ke JFU — {verifikasi.Kegiatan} (langkah {verifikasi.Number}).");
    }

    [Fact]
    public void A_step_on_the_pemohons_lane_says_it_went_back_to_the_pemohon()
    {
        var onApplicant = Jht.Steps.First(s => Jht.Lane(s.Lane).Party == LaneParty.Applicant);
        WhereItWent.After(Jht, State(CaseStatus.WaitingOnApplicant, onApplicant.Id))
            .ShouldStartWith("Tersimpan. Berkas dikembalikan ke pemohon — ");
    }

    [Fact]
    public void A_completed_berkas_says_it_is_done_with_the_ends_own_words()
    {
        var end = Jht.Ends.First(e => e.Kind == EndKind.Completed);
        var message = WhereItWent.After(Jht, State(CaseStatus.Closed, endId: end.Id));
        message.ShouldStartWith("Tersimpan. Berkas selesai");
        if (end.Label.Split('—') is [_, var rest]) message.ShouldContain(rest.Trim());
    }

    [Fact]
    public void A_berkas_closed_as_returned_says_it_went_back_and_is_closed()
    {
        var end = Jht.Ends.First(e => e.Kind == EndKind.Returned);
        WhereItWent.After(Jht, State(CaseStatus.Closed, endId: end.Id)).ShouldStartWith("Tersimpan. Berkas dikembalikan ke pemohon dan ditutup");
    }
}
