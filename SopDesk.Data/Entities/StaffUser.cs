using Microsoft.AspNetCore.Identity;

namespace SopDesk.Data.Entities;

/// <summary>A staff member who signs in. Lanes are Identity roles. Nobody is deleted: they are deactivated.</summary>
public sealed class StaffUser : IdentityUser
{
    public string FullName { get; set; } = "";
    /// <summary>NIP, 18 digits (civil servants); empty for non-PNS staff.</summary>
    public string Nip { get; set; } = "";
    public string Jabatan { get; set; } = "";
    public bool IsActive { get; set; } = true;
}
