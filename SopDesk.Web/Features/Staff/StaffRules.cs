using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using SopDesk.Web.Security;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Staff;

/// <summary>Field rules for staff data, with one Indonesian message per field. NIP rules are the engine's.</summary>
public static partial class StaffRules
{
    private const int MaxText = 200;

    public static async Task<ImmutableDictionary<string, string>> CheckNewAsync(NewStaff input, IReadOnlySet<string> knownRoles, UserManager<StaffUser> users, CancellationToken ct)
    {
        var errors = ImmutableDictionary.CreateBuilder<string, string>();
        var userName = input.UserName.Trim();
        if (userName.Length == 0) errors[StaffFields.UserName] = "Nama pengguna wajib diisi.";
        else if (!UserNameChars().IsMatch(userName)) errors[StaffFields.UserName] = "Nama pengguna hanya boleh memuat huruf, angka, dan tanda - . _ @ +.";
        else if (await users.FindByNameAsync(userName) is not null) errors[StaffFields.UserName] = "Nama pengguna sudah dipakai.";

        var nip = input.Nip.Trim();
        if (nip.Length > 0 && (FieldValidator.NipError(nip) ?? await DuplicateNipAsync(users, nip, ct)) is { } nipError)
            errors[StaffFields.Nip] = nipError;

        CheckCommon(input.FullName, input.Jabatan, input.Lanes, knownRoles, errors);
        if (await PasswordErrorAsync(users, new StaffUser { UserName = userName, FullName = input.FullName, Nip = input.Nip }, input.Password) is { } passwordError)
            errors[StaffFields.Password] = passwordError;
        return errors.ToImmutable();
    }

    public static ImmutableDictionary<string, string> CheckChanges(StaffChanges changes, IReadOnlySet<string> knownRoles)
    {
        var errors = ImmutableDictionary.CreateBuilder<string, string>();
        CheckCommon(changes.FullName, changes.Jabatan, changes.Lanes, knownRoles, errors);
        return errors.ToImmutable();
    }

    /// <summary>Every password rule configured for Identity, in one message; null when acceptable.</summary>
    public static async Task<string?> PasswordErrorAsync(UserManager<StaffUser> users, StaffUser user, string password)
    {
        if (string.IsNullOrEmpty(password)) return "Kata sandi wajib diisi.";
        var failures = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            failures.AddRange(result.Errors.Select(e => e.Description));
        }
        return failures.Count == 0 ? null : string.Join(" ", failures);
    }

    private static void CheckCommon(string fullName, string jabatan, HashSet<string> lanes, IReadOnlySet<string> knownRoles, ImmutableDictionary<string, string>.Builder errors)
    {
        if (string.IsNullOrWhiteSpace(fullName)) errors[StaffFields.FullName] = "Nama lengkap wajib diisi.";
        else if (fullName.Trim().Length > MaxText) errors[StaffFields.FullName] = $"Nama lengkap maksimal {MaxText} karakter.";
        if (string.IsNullOrWhiteSpace(jabatan)) errors[StaffFields.Jabatan] = "Jabatan wajib diisi.";
        else if (jabatan.Trim().Length > MaxText) errors[StaffFields.Jabatan] = $"Jabatan maksimal {MaxText} karakter.";
        if (lanes.Count == 0) errors[StaffFields.Lanes] = "Pilih minimal satu peran.";
        else if (lanes.FirstOrDefault(l => !knownRoles.Contains(l)) is { } unknown)
            errors[StaffFields.Lanes] = $"Peran '{unknown}' tidak dikenal: bukan lajur dalam SOP yang dimuat dan bukan peran kantor.";
    }

    private static async Task<string?> DuplicateNipAsync(UserManager<StaffUser> users, string nip, CancellationToken ct) =>
        await users.Users.AnyAsync(u => u.Nip == nip, ct) ? "NIP sudah terdaftar untuk staf lain." : null;

    // Identity's default AllowedUserNameCharacters, stated here so the message can be specific.
    [GeneratedRegex(@"^[a-zA-Z0-9\-._@+]+$")]
    private static partial Regex UserNameChars();
}
