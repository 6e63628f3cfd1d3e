using SopDesk.Web.Features.Office;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Access;

/// <summary>
/// The one answer to "may this officer see this SOP's personal data" (NIK, name, address, phone, religion… — the
/// fields a SOP file marks <c>personal</c>), used by the berkas page, lists, search, registers, documents and
/// dashboards. Staff whose roles work in one of the SOP's lanes (or stand in for one as Plh) see it; everyone else
/// sees it masked. Supervisors may find a berkas by a full NIK in any SOP (journaled) but see its data masked.
/// </summary>
public static class PersonalDataPolicy
{
    /// <summary>The office's supervisors (the office profile's list): they read registers and dashboards across SOPs.</summary>
    public static bool IsSupervisor(Actor actor, OfficeProfile office) => office.IsSupervisor(actor.Roles);

    /// <summary>Does the actor work in one of the SOP's lanes (or in a role a substitution rule lets act for one)?</summary>
    public static bool MaySee(SopDefinition definition, Actor actor) =>
        definition.Lanes.SelectMany(l => l.Roles).Concat(definition.Substitutions.Select(s => s.ActingRole)).Any(actor.Roles.Contains);

    /// <summary>May a search by a full NIK return this SOP's berkas to the actor (need to know: its lanes, or a supervisor)?</summary>
    public static bool MayFindByNik(SopDefinition definition, Actor actor, OfficeProfile office) => MaySee(definition, actor) || IsSupervisor(actor, office);

    /// <summary>A value as this reader may see it: in clear, or masked when the field is personal and they may not.</summary>
    public static string Show(FormField field, string value, bool maySee) =>
        !field.Personal || maySee ? value : field.Type == FieldType.Nik ? MaskNik(value) : Mask(value);

    /// <summary>The berkas's title in lists (the applicant's name, or an internal SOP's title), masked when its field is personal.</summary>
    public static string Title(SopDefinition? definition, string title, bool maySee) =>
        maySee || definition?.Summary.ApplicantNameField is not { } nameField
        || !definition.Steps.SelectMany(s => s.Fields).Any(f => f.Id == nameField && f.Personal) ? title : Mask(title);

    /// <summary>The berkas's title in a list of several SOPs, as <paramref name="actor"/> may see it.</summary>
    public static string Title(SopDefinition? definition, string title, Actor actor) =>
        Title(definition, title, definition is not null && MaySee(definition, actor));

    /// <summary>"1672014505900003" → "1672********0003".</summary>
    public static string MaskNik(string? nik) =>
        string.IsNullOrEmpty(nik) ? "–" : nik.Length < 8 ? new string('*', nik.Length) : $"{nik[..4]}{new string('*', nik.Length - 8)}{nik[^4..]}";

    public static string Mask(string value) => value.Length <= 2 ? "**" : $"{value[0]}{new string('*', Math.Min(8, value.Length - 2))}{value[^1]}";

    /// <summary>Is the text a full NIK (16 digits) — a search that singles out one person?</summary>
    public static bool IsFullNik(string? text) => text?.Trim() is { Length: 16 } t && t.All(char.IsAsciiDigit);
}
