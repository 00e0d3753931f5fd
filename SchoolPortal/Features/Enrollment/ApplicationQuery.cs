using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>The filter of «Заявления» as a query over the user's scoped context, and the projection of its rows.</summary>
internal static partial class ApplicationQuery
{
    public static IQueryable<EnrollmentApplication> Filtered(PortalDbContext db, ApplicationFilter filter, bool withStatus = true)
    {
        var query = db.EnrollmentApplications.AsNoTracking();
        if (filter.SchoolId is { } school)
            query = query.Where(a => a.SchoolId == school);
        if (filter.Year is { } year)
            query = query.Where(a => a.Year == year);
        if (filter.Kind is { } kind)
            query = query.Where(a => a.Kind == kind);
        if (withStatus && filter.Status is { } status)
            query = query.Where(a => a.Status == status);
        if (filter.Channel is { } channel)
            query = query.Where(a => a.Channel == channel);
        if (filter.Right is { } right)
            query = query.Where(a => a.Right == right);
        if (filter.OnTerritory is { } territory)
            query = query.Where(a => a.LivesOnTerritory == territory);
        if (filter.FiledFrom is { } from)
            query = query.Where(a => a.FiledOn >= from);
        if (filter.FiledTo is { } to)
            query = query.Where(a => a.FiledOn <= to);
        return Search(query, filter.Search);
    }

    /// <summary>
    /// Digits only: an EPGU number, a region number or a document number; «серия номер»: a birth certificate; anything
    /// else: the beginning of the child's surname.
    /// </summary>
    private static IQueryable<EnrollmentApplication> Search(IQueryable<EnrollmentApplication> query, string? text)
    {
        var search = string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (search is null)
            return query;
        if (search.All(char.IsAsciiDigit))
        {
            var number = long.TryParse(search, out var n) ? n : (long?)null;
            return query.Where(a => a.EpguOrderId == number || a.Number == search || (a.ChildDocument != null && a.ChildDocument.Number == search));
        }
        if (DocumentPattern().Match(search) is { Success: true } doc)
        {
            return ChildDocumentSearch.Matching(query, doc.Groups["number"].Value, doc.Groups["series"].Value);
        }
        if (search.Any(char.IsAsciiDigit))
            return query.Where(a => a.Number == search);
        var surname = char.ToUpper(search[0], Infrastructure.CardCalendar.Russian) + search[1..].ToLower(Infrastructure.CardCalendar.Russian);
        return query.Where(a => a.ChildName.Surname.StartsWith(surname));
    }

    public static IQueryable<ApplicationRow> Rows(PortalDbContext db, IQueryable<EnrollmentApplication> query) =>
        from a in query
        join s in db.Schools on a.SchoolId equals s.Id
        select new ApplicationRow(a.Id, a.Number, a.EpguOrderId, a.FiledOn, a.Kind, a.Channel, a.Status,
            a.ChildName.Surname + " " + a.ChildName.FirstName + (a.ChildName.Patronymic == null ? "" : " " + a.ChildName.Patronymic),
            a.ChildBirthDate,
            a.ChildDocument == null ? null : (a.ChildDocument.Series == null ? a.ChildDocument.Number : a.ChildDocument.Series + " " + a.ChildDocument.Number),
            a.Right, a.LivesOnTerritory, a.Stage, a.SchoolId, s.ShortName, a.DuplicateOfId);

    [GeneratedRegex(@"^(?<series>[IVXLCDMivxlcdmІХСМ1]+\s*[-–—]\s*[А-ЯЁа-яё]{2})\s*(?<number>\d{6})$")]
    private static partial Regex DocumentPattern();
}
