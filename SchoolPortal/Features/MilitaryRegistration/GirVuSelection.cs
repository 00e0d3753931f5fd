using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.MilitaryRegistration;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>
/// Who goes to ГИР ВУ: the enrolled pupils of the year's cohort (<see cref="GirVuCohort"/>) in the schools of a scope,
/// read with one projection (no tracked entities), with their current class. Every school of the portal is a
/// general-education school, so no school type is filtered. The same projection reads pupils by id, for the reports'
/// «Исправлено» check against their current data.
/// </summary>
internal static class GirVuSelection
{
    public static IQueryable<GirVuSchool> Schools(PortalDbContext db, GirVuScope scope) =>
        db.Schools.AsNoTracking()
            .Where(s => (scope.MunicipalityId == null || s.MunicipalityId == scope.MunicipalityId) && (scope.SchoolId == null || s.Id == scope.SchoolId))
            .Select(s => new GirVuSchool(s.Id, s.MunicipalityId, s.Municipality!.Name, s.FullName, s.ShortName, s.Inn.Value, s.Ogrn.Value, s.Address.Text));

    public static IQueryable<Pupil> Cohort(PortalDbContext db, GirVuScope scope, GirVuCohort cohort) =>
        db.Pupils.Where(p => p.Status == PupilStatus.Enrolled && p.BirthDate >= cohort.BornFrom && p.BirthDate <= cohort.BornTo
            && (scope.SchoolId == null || p.SchoolId == scope.SchoolId)
            && (scope.MunicipalityId == null || db.Schools.Any(s => s.Id == p.SchoolId && s.MunicipalityId == scope.MunicipalityId)));

    /// <summary>The pupils' data with their school, in one query, plus one for the names of their classes.</summary>
    public static async Task<List<(int SchoolId, GirVuPupil Pupil)>> ReadAsync(PortalDbContext db, IQueryable<Pupil> pupils, CancellationToken ct)
    {
        var rows = await pupils.AsNoTracking()
            .Select(p => new
            {
                p.Id, p.SchoolId, p.Name.Surname, p.Name.FirstName, p.Name.Patronymic, p.BirthDate, p.Gender, p.Snils,
                CertificateKind = (DocumentKind?)p.BirthCertificate!.Kind, CertificateSeries = p.BirthCertificate.Series,
                CertificateNumber = p.BirthCertificate.Number, CertificateIssuedOn = p.BirthCertificate.IssuedOn, CertificateIssuedBy = p.BirthCertificate.IssuedBy,
                PassportKind = (DocumentKind?)p.Passport!.Kind, PassportSeries = p.Passport.Series, PassportNumber = p.Passport.Number,
                PassportIssuedOn = p.Passport.IssuedOn, PassportIssuedBy = p.Passport.IssuedBy,
                p.Citizenship, p.Birthplace, p.RegistrationAddress, p.StayAddress, p.FormOfEducation, p.CurrentClassId,
            })
            .ToListAsync(ct);
        var classes = await ClassNamesAsync(db, rows.Select(r => r.CurrentClassId), ct);
        return rows.Select(r => (r.SchoolId, new GirVuPupil
        {
            PupilId = r.Id,
            Surname = r.Surname,
            FirstName = r.FirstName,
            Patronymic = r.Patronymic,
            BirthDate = r.BirthDate,
            Gender = r.Gender,
            Snils = r.Snils?.Value,
            BirthCertificate = r.CertificateKind is { } ck
                ? new GirVuDocument(ck, r.CertificateSeries, r.CertificateNumber, r.CertificateIssuedOn, r.CertificateIssuedBy) : null,
            Passport = r.PassportKind is { } pk ? new GirVuDocument(pk, r.PassportSeries, r.PassportNumber, r.PassportIssuedOn, r.PassportIssuedBy) : null,
            Citizenship = r.Citizenship,
            Birthplace = r.Birthplace,
            RegistrationAddress = r.RegistrationAddress?.Text,
            StayAddress = r.StayAddress?.Text,
            FormOfEducation = (int)r.FormOfEducation,
            ClassName = r.CurrentClassId is { } id ? classes.GetValueOrDefault(id) : null,
        })).ToList();
    }

    /// <summary>«10А» by class id, for the classes named.</summary>
    public static async Task<Dictionary<int, string>> ClassNamesAsync(PortalDbContext db, IEnumerable<int?> classIds, CancellationToken ct)
    {
        var ids = classIds.OfType<int>().Distinct().ToList();
        return await db.Classes.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Grade, c.Letter })
            .ToDictionaryAsync(c => c.Id, c => $"{c.Grade}{c.Letter}", ct);
    }
}
