using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.DataQuality;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Staff;

namespace SchoolPortal.Features.DataQuality;

/// <summary>
/// The records each kind of rule checks, as queries the rules compose with: pupils who study now, parents linked to them
/// (per school of a child, merged duplicates and deleted records left out), staff not dismissed, lessons of the current academic year before
/// today, subjects of closed periods of this year, and per school what it keeps beyond the cards. The context's scope
/// (region, district, school) limits them all.
/// </summary>
internal sealed class QualitySources(PortalDbContext db, DateOnly today)
{
    public DateOnly Today => today;

    public IQueryable<Pupil> Pupils => db.Pupils.AsNoTracking().Where(p => p.Status == PupilStatus.Enrolled);

    /// <summary>Each parent once per school where a child of theirs studies.</summary>
    public IQueryable<SchoolParent> ParentsBySchool =>
        db.ParentLinks.Join(Pupils, l => l.PupilId, p => p.Id, (l, p) => new SchoolParent { SchoolId = p.SchoolId, ParentId = l.ParentId }).Distinct();

    public IQueryable<Parent> Parents => db.Parents.AsNoTracking().Where(p => p.MergedIntoId == null && p.DeletedAt == null);

    public IQueryable<Employee> Staff => db.Employees.AsNoTracking().Where(e => e.DismissedOn == null);

    public IQueryable<StaffLeave> StaffLeaves => Staff.Select(e => new StaffLeave
    {
        EmployeeId = e.Id,
        SchoolId = e.SchoolId,
        OnMaternityLeave = e.OnMaternityLeave,
        LastLessonOn = db.Lessons.Where(l => l.TeacherId == e.Id && !db.Substitutions.Any(s => s.LessonId == l.Id)).Max(l => (DateOnly?)l.Date),
    });

    public IQueryable<Domain.Schools.School> Schools => db.Schools.AsNoTracking();

    public IQueryable<LessonFacts> PastLessons
    {
        get
        {
            var yearStart = QualityRules.YearStart(today);
            return db.Lessons.AsNoTracking().Where(l => l.Date >= yearStart && l.Date < today).Select(l => new LessonFacts
            {
                LessonId = l.Id,
                SchoolId = l.SchoolId,
                Date = l.Date,
                WorkType = l.WorkType,
                HasHomework = l.Homework != null || l.HomeworkLink != null,
                HasMarks = db.JournalCells.Any(c => c.LessonId == l.Id && c.Marks != MarkList.Empty),
                HasEntries = db.JournalCells.Any(c => c.LessonId == l.Id && (c.Marks != MarkList.Empty || c.Attendance != null)),
            });
        }
    }

    public IQueryable<CourseFacts> ClosedCourses
    {
        get
        {
            var yearStart = QualityRules.YearStart(today);
            return db.Lessons.AsNoTracking()
                .Where(l => db.StudyPeriods.Any(p => p.Id == l.StudyPeriodId && p.IsClosed && p.EndsOn >= yearStart))
                .Select(l => new { l.SchoolId, l.ClassId, l.SubjectId, l.StudyPeriodId })
                .Distinct()
                .Select(c => new CourseFacts
                {
                    SchoolId = c.SchoolId,
                    ClassId = c.ClassId,
                    SubjectId = c.SubjectId,
                    StudyPeriodId = c.StudyPeriodId,
                    HasFinalMarks = db.FinalMarks.Any(f => f.ClassId == c.ClassId && f.SubjectId == c.SubjectId
                        && f.StudyPeriodId == c.StudyPeriodId && f.Value != null),
                });
        }
    }

    public IQueryable<SchoolActivity> Activity => db.Schools.AsNoTracking().Select(s => new SchoolActivity
    {
        SchoolId = s.Id,
        EnrolledPupils = db.Pupils.Count(p => p.SchoolId == s.Id && p.Status == PupilStatus.Enrolled),
        MovementMembers = db.Pupils.Count(p => p.SchoolId == s.Id && p.Status == PupilStatus.Enrolled && p.MovementOfFirstsMember),
        LastEventOn = db.YearEvents.Where(e => e.SchoolId == s.Id).Max(e => (DateOnly?)e.Date),
        LastLessonOn = db.Lessons.Where(l => l.SchoolId == s.Id).Max(l => (DateOnly?)l.Date),
        LastSubstitutionOn = db.Substitutions.Where(x => x.SchoolId == s.Id).Max(x => (DateOnly?)x.Date),
    });

    /// <summary>The parents of <see cref="ParentsBySchool"/> that satisfy <paramref name="parents"/>, by school.</summary>
    public IQueryable<SchoolParent> ParentsBySchoolAmong(IQueryable<Parent> parents) =>
        ParentsBySchool.Join(parents, x => x.ParentId, p => p.Id, (x, p) => x);
}
