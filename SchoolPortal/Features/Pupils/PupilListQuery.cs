using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Schools;
using SchoolPortal.Features.Parents;

namespace SchoolPortal.Features.Pupils;

/// <summary>
/// The pupil list: one SQL query for the page (filters, order, Skip/Take, projection to <see cref="PupilRow"/> of the
/// visible columns only) and one for the count. Built for ~440,000 pupils: filters hit the (SchoolId, Status,
/// CurrentClassId) and Surname indexes; parents and logins are correlated subqueries evaluated for the page's rows only.
/// </summary>
public sealed class PupilListQuery(PortalDb portalDb)
{
    public const int MaxPageSize = 200;

    public async Task<PupilListResult> RunAsync(PupilListRequest request, CancellationToken ct = default)
    {
        await using var db = await portalDb.OpenAsync();
        var filtered = Filtered(db, request.Filter);
        var total = await filtered.CountAsync(ct);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Max(request.Page, 0);
        if (page * pageSize >= total && total > 0)
            page = (total - 1) / pageSize;
        var rows = await Ordered(db, filtered, request.SortBy, request.Descending)
            .Skip(page * pageSize)
            .Take(pageSize)
            .Select(Projection(db, request.Columns))
            .ToListAsync(ct);
        for (var i = 0; i < rows.Count; i++)
            rows[i].Number = page * pageSize + i + 1;
        return new PupilListResult(rows, total);
    }

    /// <summary>
    /// What the list offers this user: operators see several schools, so they get a school filter and the school column.
    /// </summary>
    public async Task<PupilListOptions> OptionsAsync(CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        if (!ManagementAccess.SpansSchools(user))
            return new PupilListOptions([], PupilColumns.Default);
        await using var db = await portalDb.OpenAsync();
        return new PupilListOptions(await SchoolPicker.ListAsync(db, ct), new HashSet<PupilColumn>(PupilColumns.Default) { PupilColumn.School });
    }

    internal static IQueryable<Pupil> Filtered(PortalDbContext db, PupilFilter filter)
    {
        var query = db.Pupils.AsNoTracking();
        if (filter.SchoolId is { } schoolId)
            query = query.Where(p => p.SchoolId == schoolId);
        if (filter.Status is { } status)
            query = query.Where(p => p.Status == status);
        if (filter.Gender is { } gender)
            query = query.Where(p => p.Gender == gender);
        if (filter.Grade is { } grade)
        {
            var classIds = db.Classes.Where(c => c.Grade == grade).Select(c => c.Id);
            query = query.Where(p => p.CurrentClassId != null && classIds.Contains(p.CurrentClassId.Value));
        }
        if (SurnameRange.Letters(filter.LetterFrom, filter.LetterTo) is { } letters)
            query = query.Where(letters);
        if (SurnameRange.Prefix(filter.Surname) is { } prefix)
            query = query.Where(prefix);
        return query;
    }

    internal static IQueryable<Pupil> Ordered(PortalDbContext db, IQueryable<Pupil> query, PupilColumn sortBy, bool descending)
    {
        IOrderedQueryable<Pupil> ordered = sortBy switch
        {
            PupilColumn.BirthDate => By(query, p => p.BirthDate, descending),
            PupilColumn.Gender => By(query, p => p.Gender, descending),
            PupilColumn.Snils => By(query, p => p.Snils, descending),
            PupilColumn.Class => Then(By(query, p => db.Classes.Where(c => c.Id == p.CurrentClassId).Select(c => (int?)c.Grade).FirstOrDefault(), descending),
                p => db.Classes.Where(c => c.Id == p.CurrentClassId).Select(c => c.Letter).FirstOrDefault(), descending),
            _ => By(query, p => p.Name.Surname, descending),
        };
        // Names, then the id, so that paging is stable whatever the first key.
        if (sortBy is not PupilColumn.DisplayName and not PupilColumn.Surname)
            ordered = ordered.ThenBy(p => p.Name.Surname);
        return ordered.ThenBy(p => p.Name.FirstName).ThenBy(p => p.Name.Patronymic).ThenBy(p => p.Id);
    }

    private static IOrderedQueryable<Pupil> By<TKey>(IQueryable<Pupil> query, Expression<Func<Pupil, TKey>> key, bool descending) =>
        descending ? query.OrderByDescending(key) : query.OrderBy(key);

    private static IOrderedQueryable<Pupil> Then<TKey>(IOrderedQueryable<Pupil> query, Expression<Func<Pupil, TKey>> key, bool descending) =>
        descending ? query.ThenByDescending(key) : query.ThenBy(key);

    /// <summary>`new PupilRow { ... }` with the members of the visible columns only.</summary>
    internal static Expression<Func<Pupil, PupilRow>> Projection(PortalDbContext db, IReadOnlySet<PupilColumn> columns)
    {
        var pupil = Expression.Parameter(typeof(Pupil), "p");
        var bindings = new Dictionary<string, MemberBinding>();

        void Bind<T>(string member, Expression<Func<Pupil, T>> value)
        {
            if (bindings.ContainsKey(member))
                return;
            var body = new Rebind(value.Parameters[0], pupil).Visit(value.Body);
            bindings[member] = Expression.Bind(typeof(PupilRow).GetProperty(member)!, body);
        }

        Bind(nameof(PupilRow.Id), p => p.Id);
        Bind(nameof(PupilRow.Surname), p => p.Name.Surname);
        Bind(nameof(PupilRow.FirstName), p => p.Name.FirstName);
        Bind(nameof(PupilRow.Patronymic), p => p.Name.Patronymic);
        foreach (var column in columns)
        {
            switch (column)
            {
                case PupilColumn.BirthDate:
                    Bind(nameof(PupilRow.BirthDate), p => p.BirthDate);
                    break;
                case PupilColumn.Class:
                    Bind(nameof(PupilRow.Grade), p => db.Classes.Where(c => c.Id == p.CurrentClassId).Select(c => (int?)c.Grade).FirstOrDefault());
                    Bind(nameof(PupilRow.ClassLetter), p => db.Classes.Where(c => c.Id == p.CurrentClassId).Select(c => c.Letter).FirstOrDefault());
                    break;
                case PupilColumn.School:
                    Bind(nameof(PupilRow.SchoolName), p => db.Schools.Where(s => s.Id == p.SchoolId).Select(s => s.ShortName).FirstOrDefault());
                    break;
                case PupilColumn.Gender:
                    Bind(nameof(PupilRow.Gender), p => p.Gender);
                    break;
                case PupilColumn.IdentityDocument:
                    Bind(nameof(PupilRow.PassportKind), p => p.Passport == null ? null : (Domain.People.DocumentKind?)p.Passport.Kind);
                    Bind(nameof(PupilRow.PassportSeries), p => p.Passport == null ? null : p.Passport.Series);
                    Bind(nameof(PupilRow.PassportNumber), p => p.Passport == null ? null : p.Passport.Number);
                    Bind(nameof(PupilRow.BirthCertificateSeries), p => p.BirthCertificate == null ? null : p.BirthCertificate.Series);
                    Bind(nameof(PupilRow.BirthCertificateNumber), p => p.BirthCertificate == null ? null : p.BirthCertificate.Number);
                    break;
                case PupilColumn.BirthCertificate:
                    Bind(nameof(PupilRow.BirthCertificateSeries), p => p.BirthCertificate == null ? null : p.BirthCertificate.Series);
                    Bind(nameof(PupilRow.BirthCertificateNumber), p => p.BirthCertificate == null ? null : p.BirthCertificate.Number);
                    break;
                case PupilColumn.Snils:
                    Bind(nameof(PupilRow.Snils), p => p.Snils);
                    break;
                case PupilColumn.RegistrationAddress:
                    Bind(nameof(PupilRow.RegistrationAddress), p => p.RegistrationAddress);
                    break;
                case PupilColumn.StayAddress:
                    Bind(nameof(PupilRow.StayAddress), p => p.StayAddress);
                    break;
                case PupilColumn.Parents:
                    // Three scalar subqueries on the ParentLinks (PupilId, ParentId) index keep the page one SQL query;
                    // a string aggregate over a join would run over all links before paging.
                    Bind(nameof(PupilRow.Parent1), ParentName(db, 0));
                    Bind(nameof(PupilRow.Parent2), ParentName(db, 1));
                    Bind(nameof(PupilRow.Parent3), ParentName(db, 2));
                    break;
                case PupilColumn.HomePhone:
                    Bind(nameof(PupilRow.HomePhone), p => p.HomePhone);
                    break;
                case PupilColumn.MobilePhone:
                    Bind(nameof(PupilRow.MobilePhone), p => p.MobilePhone);
                    break;
                case PupilColumn.Email:
                    Bind(nameof(PupilRow.Email), p => p.Email);
                    break;
                case PupilColumn.Login:
                    Bind(nameof(PupilRow.Login), p => db.UserAccounts.Where(a => a.PupilId == p.Id).Select(a => a.Login).FirstOrDefault());
                    break;
                case PupilColumn.LastLogin:
                    Bind(nameof(PupilRow.LastLoginAt), p => db.UserAccounts.Where(a => a.PupilId == p.Id).Select(a => a.LastLoginAt).FirstOrDefault());
                    break;
                case PupilColumn.Citizenship:
                    Bind(nameof(PupilRow.Citizenship), p => p.Citizenship);
                    break;
                case PupilColumn.Comment:
                    Bind(nameof(PupilRow.Comment), p => p.Comment);
                    break;
                case PupilColumn.Gifted:
                    Bind(nameof(PupilRow.Gifted), p => p.Gifted);
                    break;
            }
        }
        var body = Expression.MemberInit(Expression.New(typeof(PupilRow)), bindings.Values);
        return Expression.Lambda<Func<Pupil, PupilRow>>(body, pupil);
    }

    private static Expression<Func<Pupil, string?>> ParentName(PortalDbContext db, int skip) => p => db.ParentLinks
        .Where(l => l.PupilId == p.Id)
        .OrderBy(l => l.Relation).ThenBy(l => l.Id)
        .Select(l => l.Parent!.Name.Surname + " " + l.Parent.Name.FirstName + (l.Parent.Name.Patronymic == null ? "" : " " + l.Parent.Name.Patronymic))
        .Skip(skip)
        .FirstOrDefault();

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
