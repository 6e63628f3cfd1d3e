using System.Globalization;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Workflows.Engine;

/// <summary>
/// Who holds an open item: claim and release by the lane's officers, reassignment and disposisi by a
/// superior, withdrawal of a disposisi not yet opened. The item stays open; only its holder changes.
/// </summary>
public sealed partial class CaseInterpreter
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    private EngineResult Claim(SopDefinition definition, CaseState state, ClaimItem command, Actor actor, OfficeContext office, DateTimeOffset now)
    {
        var (refusal, _, actingAs) = CheckItem(definition, state, command.WorkItemId, actor, office);
        if (refusal is not null) return refusal;
        var item = state.OpenItem!;
        if (HeldByOther(item, actor) is { } held) return held;
        if (item.Holder is not null) return Refused.Because(RefusalReason.NotAllowedNow, "Anda sudah memegang langkah ini.");
        return Changed(state, item, new ItemHolder(actor.UserId, actor.Name, HoldKind.Claim, now), actor, actingAs, JournalAction.Claimed, now,
            "Mengambil langkah ini untuk dikerjakan");
    }

    private static EngineResult Release(SopDefinition definition, CaseState state, ReleaseItem command, Actor actor, DateTimeOffset now)
    {
        if (OpenItemRefusal(definition, state, command.WorkItemId) is { } refusal) return refusal;
        var item = state.OpenItem!;
        if (item.Holder?.UserId != actor.UserId)
            return Refused.Because(RefusalReason.NotAllowedNow, "Hanya pemegang langkah yang dapat melepasnya.");
        return Changed(state, item, null, actor, "", JournalAction.Released, now, "Melepas langkah ini kembali ke antrean");
    }

    private static EngineResult Reassign(SopDefinition definition, CaseState state, ReassignItem command, Actor actor, OfficeContext office, DateTimeOffset now) =>
        GiveTo(definition, state, command.WorkItemId, command.To, command.Reason, HoldKind.Reassigned, actor, office, now);

    private static EngineResult Dispose(SopDefinition definition, CaseState state, DisposeItem command, Actor actor, OfficeContext office, DateTimeOffset now) =>
        GiveTo(definition, state, command.WorkItemId, command.To, command.Instruction, HoldKind.Disposisi, actor, office, now);

    /// <summary>A superior hands the item to a named officer who can act on it: a reassignment (with a reason) or a disposisi (with an instruction).</summary>
    private static EngineResult GiveTo(SopDefinition definition, CaseState state, Guid workItemId, StaffRef to, string text, HoldKind kind,
        Actor actor, OfficeContext office, DateTimeOffset now)
    {
        if (SupervisorRefusal(definition, state, workItemId, actor, office) is { } refusal) return refusal;
        var isDisposisi = kind == HoldKind.Disposisi;
        if (string.IsNullOrWhiteSpace(text))
            return isDisposisi ? Invalid("instruction", "Tuliskan isi disposisi.") : Invalid("reason", "Tuliskan alasan pengalihan.");
        var item = state.OpenItem!;
        if (TargetRefusal(definition, item, to, office) is { } wrongTarget) return wrongTarget;
        var trimmed = text.Trim();
        var holder = new ItemHolder(to.UserId, to.Name, kind, now, actor.UserId, actor.Name, trimmed);
        return isDisposisi
            ? Changed(state, item, holder, actor, SupervisorRole(actor, office), JournalAction.Disposisi, now, DisposisiText(to, trimmed))
            : Changed(state, item, holder, actor, SupervisorRole(actor, office), JournalAction.Reassigned, now,
                $"Dialihkan kepada {to.Name}{FromText(item)}: {trimmed}");
    }

    private static EngineResult Withdraw(SopDefinition definition, CaseState state, WithdrawDisposisi command, Actor actor, DateTimeOffset now)
    {
        if (OpenItemRefusal(definition, state, command.WorkItemId) is { } refusal) return refusal;
        var item = state.OpenItem!;
        if (item.Holder is not { Kind: HoldKind.Disposisi } holder || holder.ByUserId != actor.UserId)
            return Refused.Because(RefusalReason.NotAllowedNow, "Hanya pemberi disposisi yang dapat menariknya.");
        if (holder.SeenAt is { } seen)
            return Refused.Because(RefusalReason.NotAllowedNow,
                $"Disposisi tidak dapat ditarik: {holder.Name} sudah membuka berkas pada {seen.ToString("d MMMM yyyy HH.mm", Indonesian)}.");
        return Changed(state, item, null, actor, "", JournalAction.DisposisiWithdrawn, now, $"Disposisi kepada {holder.Name} ditarik");
    }

    /// <summary>Claim, release, reassign, dispose and withdraw as the UI should offer them (same checks as the commands).</summary>
    private void AddHolderActions(SopDefinition definition, CaseState state, Actor actor, OfficeContext office, List<AllowedAction> actions)
    {
        var item = state.OpenItem!;
        var step = definition.Step(item.StepId);
        var probe = (CaseCommand command) => Execute(definition, state, command, actor, office, item.ArrivedAt) is HolderChanged;
        if (probe(new ClaimItem(item.Id))) actions.Add(new(item.Id, step.Id, CommandKind.Claim, [], LaneAccess.ActingAs(definition, step, actor, office)!));
        if (probe(new ReleaseItem(item.Id))) actions.Add(new(item.Id, step.Id, CommandKind.Release, [], ""));
        if (SupervisorRefusal(definition, state, item.Id, actor, office) is null)
        {
            actions.Add(new(item.Id, step.Id, CommandKind.Reassign, [], SupervisorRole(actor, office)));
            actions.Add(new(item.Id, step.Id, CommandKind.Dispose, [], SupervisorRole(actor, office)));
        }
        if (probe(new WithdrawDisposisi(item.Id))) actions.Add(new(item.Id, step.Id, CommandKind.WithdrawDisposisi, [], ""));
    }

    private static HolderChanged Changed(CaseState state, WorkItemState item, ItemHolder? holder, Actor actor, string actingAs,
        JournalAction action, DateTimeOffset now, string detail) =>
        new(state.CaseId, item with { Holder = holder }, item.Version,
            new JournalEntry(now, actor.UserId, actor.Name, actingAs, action, item.StepId, null, detail));

    /// <summary>Refused when someone other than <paramref name="actor"/> holds the item.</summary>
    private static Refused? HeldByOther(WorkItemState item, Actor actor) =>
        item.Holder is { } holder && holder.UserId != actor.UserId
            ? Refused.Because(RefusalReason.HeldByOther,
                $"Langkah ini sedang dipegang oleh {holder.Name} sejak {holder.Since.ToString("d MMMM yyyy HH.mm", Indonesian)}.")
            : null;

    private static Refused? OpenItemRefusal(SopDefinition definition, CaseState state, Guid workItemId)
    {
        if (definition.Id != state.DefinitionId || definition.ContentHash != state.DefinitionHash)
            return Refused.Because(RefusalReason.WrongDefinition, "Berkas ini berjalan pada versi SOP yang lain.");
        if (state.Status == CaseStatus.Closed || state.OpenItem is null)
            return Refused.Because(RefusalReason.CaseClosed, "Berkas ini sudah ditutup.");
        return state.OpenItem.Id != workItemId
            ? Refused.Because(RefusalReason.StepAlreadyDone, "Langkah ini sudah diproses; muat ulang berkas untuk melihat langkah saat ini.")
            : null;
    }

    private static Refused? SupervisorRefusal(SopDefinition definition, CaseState state, Guid workItemId, Actor actor, OfficeContext office)
    {
        if (OpenItemRefusal(definition, state, workItemId) is { } refusal) return refusal;
        if (!office.IsSupervisor(actor))
            return Refused.Because(RefusalReason.NotSupervisor, "Hanya atasan (Kasi, Kabid, Sekretaris, Kepala Dinas) yang dapat mengalihkan atau mendisposisikan berkas.");
        return definition.Lane(state.OpenItem!.LaneId).Party == LaneParty.Applicant
            ? Refused.Because(RefusalReason.NotAllowedNow, "Berkas sedang di tangan pemohon; tidak dapat dialihkan.")
            : null;
    }

    /// <summary>The target of a reassignment or disposisi must be able to act on the item's step.</summary>
    private static Refused? TargetRefusal(SopDefinition definition, WorkItemState item, StaffRef to, OfficeContext office)
    {
        if (item.Holder?.UserId == to.UserId)
            return Invalid("to", $"{to.Name} sudah memegang langkah ini.");
        var step = definition.Step(item.StepId);
        return LaneAccess.ActingAs(definition, step, to.AsActor(), office) is null
            ? Invalid("to", $"{to.Name} tidak memegang peran {definition.Lane(step.Lane).Name} untuk langkah {step.Number}.")
            : null;
    }

    /// <summary>A disposisi recorded while completing a disposisi step routes the next step to a named officer.</summary>
    private static Refused? DisposisiRefusal(SopDefinition definition, Step step, Step next, CaseStatus status, StaffRef to, OfficeContext office)
    {
        if (step.Kind != StepKind.Disposisi)
            return Invalid("disposeTo", $"Langkah {step.Number} bukan langkah disposisi.");
        if (status != CaseStatus.Active)
            return Invalid("disposeTo", "Berkas yang dikembalikan ke pemohon tidak didisposisikan.");
        return LaneAccess.ActingAs(definition, next, to.AsActor(), office) is null
            ? Invalid("disposeTo", $"{to.Name} tidak memegang peran {definition.Lane(next.Lane).Name} untuk langkah {next.Number}.")
            : null;
    }

    private static string SupervisorRole(Actor actor, OfficeContext office) =>
        office.SupervisorRoles.FirstOrDefault(actor.Roles.Contains) ?? "";

    private static string FromText(WorkItemState item) => item.Holder is { } from ? $" (sebelumnya {from.Name})" : "";

    private static string DisposisiText(StaffRef to, string? instruction) =>
        instruction is null ? $"Disposisi kepada {to.Name}" : $"Disposisi kepada {to.Name}: {instruction}";
}
