using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Cases;

/// <summary>
/// Applicants' personal data (NIK, address, documents) is shown only to staff whose roles work in one of
/// the SOP's lanes; others see it masked. NIK is always masked in lists.
/// </summary>
public static class PersonalData
{
    public static bool MaySee(SopDefinition definition, Actor actor) =>
        definition.Lanes.SelectMany(l => l.Roles).Concat(definition.Substitutions.Select(s => s.ActingRole)).Any(actor.Roles.Contains);

    /// <summary>"1672014505900003" → "1672********0003".</summary>
    public static string MaskNik(string? nik) =>
        string.IsNullOrEmpty(nik) ? "–" : nik.Length < 8 ? new string('*', nik.Length) : $"{nik[..4]}{new string('*', nik.Length - 8)}{nik[^4..]}";

    public static string Mask(string value) => value.Length <= 2 ? "**" : $"{value[0]}{new string('*', Math.Min(8, value.Length - 2))}{value[^1]}";
}
