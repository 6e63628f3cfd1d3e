using SopDesk.Data.Entities;

namespace SopDesk.Web.Features.LaborMarket.Figures;

/// <summary>What the figures need of a vacancy: office-local days are computed once, on load.</summary>
public sealed record VacancyRow(long Id, VacancySource Source, int Openings, int EducationMin, string Sector, DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt, int Applicants);

/// <summary>What the figures need of a placement: its snapshot columns, not the vacancy's or profile's current values.</summary>
public sealed record PlacementRow(long? VacancyId, int Education, string Sector, DateTimeOffset ReportedAt);

/// <summary>A vacancy filled: the placement that made its placements reach its openings, and the hari kalender since publication.</summary>
public sealed record FilledVacancy(VacancyRow Vacancy, DateTimeOffset FilledAt, int DaysToFill);
