using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using SopDesk.Web.Features.LaborMarket.Vacancies;
using SopDesk.Web.Layanan.Accounts;
using R = SopDesk.Web.Features.LaborMarket.Vacancies.VacancyRules;

namespace SopDesk.Tests.Web.LaborMarket.Vacancies;

/// <summary>The one place of the vacancy rules: each field's Indonesian message, and what a passing form becomes.</summary>
public sealed class VacancyRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static VacancyInput Valid() => new()
    {
        CompanyName = "PT Sriwijaya Makmur", Position = "Operator  mesin", Description = "Mengoperasikan mesin.", Openings = "3",
        Location = "Kota Pagar Alam", Sector = "c", Education = "SMA/SMK", Majors = "Teknik Mesin, , teknik mesin,Otomotif",
        Skills = "las, bubut", ExperienceYears = "", Gender = "", SalaryMin = "Rp 3.500.000", SalaryMax = "4500000",
        ClosesOn = "2026-12-31", ContactName = "Rina", ContactPhone = "0812 3456 7890", ContactEmail = "hrd@contoh.id",
    };

    private static string? Error(Action<VacancyInput> change, string field, string? company = null)
    {
        var input = Valid();
        change(input);
        return R.Check(input, Today, company).Errors.GetValueOrDefault(field);
    }

    [Fact]
    public void A_valid_form_becomes_a_tidy_draft()
    {
        var check = R.Check(Valid(), Today);
        check.Errors.ShouldBeEmpty();
        var d = check.Draft!;
        (d.Position, d.Sector, d.Education, d.Majors, d.ExperienceYears).ShouldBe(("Operator mesin", "C", EducationLevel.Sma, "Teknik Mesin, Otomotif", 0));
        (d.SalaryMin, d.SalaryMax, d.ContactPhone, d.Gender, d.AgeMin).ShouldBe((3_500_000L, (long?)4_500_000, "+6281234567890", (string?)null, (int?)null));
        var v = new VacancyRecord();
        d.ApplyTo(v);
        (v.EducationMin, v.ClosesOn).ShouldBe((3, new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void The_account_company_name_wins_over_the_typed_one()
    {
        var input = Valid();
        input.CompanyName = "Nama lain";
        R.Check(input, Today, "PT Akun").Draft!.CompanyName.ShouldBe("PT Akun");
        Error(i => i.CompanyName = " ", nameof(VacancyInput.CompanyName)).ShouldBe(R.CompanyRequired);
    }

    [Fact]
    public void Required_texts_and_choices_have_their_own_messages()
    {
        Error(i => i.Position = "", nameof(VacancyInput.Position)).ShouldBe(R.PositionRequired);
        Error(i => i.Position = new string('a', 101), nameof(VacancyInput.Position)).ShouldBe(R.TooLong("Jabatan", 100));
        Error(i => i.Description = "  ", nameof(VacancyInput.Description)).ShouldBe(R.DescriptionRequired);
        Error(i => i.Location = "Jakarta", nameof(VacancyInput.Location)).ShouldBe(R.LocationInvalid);
        Error(i => i.Sector = "Z", nameof(VacancyInput.Sector)).ShouldBe(R.SectorInvalid);
        Error(i => i.Education = "SLTA", nameof(VacancyInput.Education)).ShouldBe(R.EducationInvalid);
        Error(i => i.Skills = new string('x', 501), nameof(VacancyInput.Skills)).ShouldBe(R.TooLong("Keterampilan", 500));
        Error(i => i.ContactName = "", nameof(VacancyInput.ContactName)).ShouldBe(R.ContactNameRequired);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("tiga")]
    [InlineData("")]
    public void Openings_are_1_to_1000(string openings) =>
        Error(i => i.Openings = openings, nameof(VacancyInput.Openings)).ShouldBe(R.OpeningsInvalid);

    [Fact]
    public void Experience_is_0_to_40_years() =>
        Error(i => i.ExperienceYears = "41", nameof(VacancyInput.ExperienceYears)).ShouldBe(R.ExperienceInvalid);

    [Fact]
    public void An_age_range_needs_the_jobs_reason()
    {
        Error(i => { i.AgeMin = "20"; i.AgeMax = "35"; }, nameof(VacancyInput.AgeReason)).ShouldBe(R.AgeReasonRequired);
        Error(i => i.AgeMax = "35", nameof(VacancyInput.AgeReason)).ShouldBe(R.AgeReasonRequired);
        var input = Valid();
        (input.AgeMin, input.AgeMax, input.AgeReason) = ("20", "35", "Pekerjaan fisik berat di ketinggian");
        var draft = R.Check(input, Today).Draft!;
        (draft.AgeMin, draft.AgeMax, draft.AgeReason).ShouldBe(((int?)20, (int?)35, "Pekerjaan fisik berat di ketinggian"));
    }

    [Fact]
    public void Ages_are_18_to_65_and_in_order()
    {
        Error(i => { i.AgeMin = "16"; i.AgeReason = "x"; }, nameof(VacancyInput.AgeMin)).ShouldBe(R.AgeInvalid);
        Error(i => { i.AgeMax = "70"; i.AgeReason = "x"; }, nameof(VacancyInput.AgeMax)).ShouldBe(R.AgeInvalid);
        Error(i => { i.AgeMin = "40"; i.AgeMax = "30"; i.AgeReason = "x"; }, nameof(VacancyInput.AgeMin)).ShouldBe(R.AgeOrder);
    }

    [Fact]
    public void One_gender_needs_the_jobs_reason_and_both_is_the_default()
    {
        Error(i => i.Gender = R.Female, nameof(VacancyInput.GenderReason)).ShouldBe(R.GenderReasonRequired);
        Error(i => i.Gender = "Pria", nameof(VacancyInput.Gender)).ShouldBe(R.GenderInvalid);
        var input = Valid();
        (input.Gender, input.GenderReason) = (R.BothGenders, "diabaikan");
        (R.Check(input, Today).Draft!.Gender, R.Check(input, Today).Draft!.GenderReason).ShouldBe(((string?)null, (string?)null));
    }

    [Fact]
    public void The_wage_is_rupiah_with_min_not_above_max()
    {
        Error(i => i.SalaryMin = "", nameof(VacancyInput.SalaryMin)).ShouldBe(R.SalaryRequired);
        Error(i => i.SalaryMin = "tiga juta", nameof(VacancyInput.SalaryMin)).ShouldBe(R.SalaryInvalid);
        Error(i => i.SalaryMax = "3,5 juta", nameof(VacancyInput.SalaryMax)).ShouldBe(R.SalaryInvalid);
        Error(i => i.SalaryMax = "3.000.000", nameof(VacancyInput.SalaryMax)).ShouldBe(R.SalaryOrder);
        // A wage below any minimum wage is not refused here: the verifier checks it (checklist), nothing else warns.
        Error(i => { i.SalaryMin = "500.000"; i.SalaryMax = ""; }, nameof(VacancyInput.SalaryMin)).ShouldBeNull();
    }

    [Fact]
    public void The_closing_date_is_after_today_and_at_most_90_days_ahead()
    {
        Error(i => i.ClosesOn = "", nameof(VacancyInput.ClosesOn)).ShouldBe(R.ClosesRequired);
        Error(i => i.ClosesOn = "31-12-2026", nameof(VacancyInput.ClosesOn)).ShouldBe(R.ClosesInvalid);
        Error(i => i.ClosesOn = "2026-12-01", nameof(VacancyInput.ClosesOn)).ShouldBe(R.ClosesPast);
        Error(i => i.ClosesOn = "2027-03-02", nameof(VacancyInput.ClosesOn)).ShouldBe("Tanggal penutupan paling lambat 90 hari dari hari ini (1 Maret 2027).");
        Error(i => i.ClosesOn = "2027-03-01", nameof(VacancyInput.ClosesOn)).ShouldBeNull();
    }

    [Fact]
    public void The_contact_phone_is_checked_with_libphonenumber_and_the_email_by_the_desks_rule()
    {
        Error(i => i.ContactPhone = "", nameof(VacancyInput.ContactPhone)).ShouldBe(R.ContactPhoneRequired);
        Error(i => i.ContactPhone = "12345", nameof(VacancyInput.ContactPhone)).ShouldBe(PublicAccountRules.PhoneMessage);
        Error(i => i.ContactEmail = "bukan-email", nameof(VacancyInput.ContactEmail)).ShouldNotBeNull();
        Error(i => i.ContactEmail = "", nameof(VacancyInput.ContactEmail)).ShouldBeNull();
    }

    [Fact]
    public void The_lapor_values_use_the_sops_labels_and_date_format()
    {
        var v = new VacancyRecord
        {
            CompanyName = "PT A", Position = "Kasir", Openings = 2, Location = "Kab. Lahat", EducationMin = (int)EducationLevel.S1,
            ClosesOn = new DateOnly(2027, 1, 5), Source = VacancySource.Canvassed, ContactName = "Budi", ContactPhone = "+6281234567890",
        };
        var values = VacancyValues.Lapor(v);
        values["pendidikan"].ShouldBe("D4/S1");
        values["tanggalTutup"].ShouldBe("2027-01-05");
        values["sumber"].ShouldBe("Kanvas petugas");
        values["narahubung"].ShouldBe("Budi, +6281234567890");
        values["jumlah"].ShouldBe("2");
    }
}
