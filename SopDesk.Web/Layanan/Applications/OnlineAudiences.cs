using SopDesk.Data.Entities;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Layanan.Applications;

/// <summary>Which public accounts may apply online for which SOP: one place for the rule the form, the list and the post share.</summary>
public static class OnlineAudiences
{
    public static bool IsApplication(SopDefinition definition) => definition.Online is { Purpose: OnlinePurpose.Application };

    /// <summary>An application SOP whose audience names the account's kind (or umum).</summary>
    public static bool MayApply(SopDefinition definition, PublicAccountRecord account) =>
        definition.Online is { Purpose: OnlinePurpose.Application } online
        && (online.Audience.Contains(OnlineAudience.Umum) || online.Audience.Contains(AudienceOf(account.Kind)));

    public static OnlineAudience AudienceOf(PublicAccountKind kind) =>
        kind == PublicAccountKind.PemberiKerja ? OnlineAudience.PemberiKerja : OnlineAudience.PencariKerja;

    public static string Label(OnlineAudience audience) => audience switch
    {
        OnlineAudience.PencariKerja => "pencari kerja",
        OnlineAudience.PemberiKerja => "pemberi kerja",
        _ => "umum",
    };
}
