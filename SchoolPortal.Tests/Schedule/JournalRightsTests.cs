using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Tests.Schedule;

public sealed class JournalRightsTests
{
    private const int Absent = 100;
    private const int Substitute = 101;
    private const int Stranger = 102;

    private static Lesson NewLesson() =>
        new(1, new PlannedLesson(10, 3, new DateOnly(2026, 11, 30), 2, null, 1, Absent, "214", null));

    private static Substitution NewSubstitution() => new(NewLesson(), Substitute, null, "Больничный");

    [Fact]
    public void The_substitute_may_fill_in_the_substituted_lesson()
    {
        Assert.Null(JournalRights.WhyNot(Absent, NewSubstitution(), Substitute, isSchoolAdmin: false));
    }

    [Fact]
    public void The_absent_teacher_may_not_fill_in_the_substituted_lesson()
    {
        var reason = JournalRights.WhyNot(Absent, NewSubstitution(), Absent, isSchoolAdmin: false);

        Assert.Equal("Этот урок заменён: журнал заполняет заменяющий учитель.", reason);
        Assert.Throws<DomainException>(() => JournalRights.Check(Absent, NewSubstitution(), Absent, false));
    }

    [Fact]
    public void A_school_admin_may_always_correct_the_journal()
    {
        Assert.Null(JournalRights.WhyNot(Absent, NewSubstitution(), null, isSchoolAdmin: true));
        Assert.Null(JournalRights.WhyNot(Absent, null, Stranger, isSchoolAdmin: true));
    }

    [Fact]
    public void Without_a_substitution_only_the_lessons_own_teacher_may_edit()
    {
        Assert.Null(JournalRights.WhyNot(Absent, null, Absent, false));
        Assert.NotNull(JournalRights.WhyNot(Absent, null, Substitute, false));
        Assert.NotNull(JournalRights.WhyNot(Absent, NewSubstitution(), Stranger, false));
    }

    [Fact]
    public void An_account_without_a_staff_card_only_reads()
    {
        Assert.Contains("не связана с карточкой сотрудника", JournalRights.WhyNot(Absent, null, null, false));
    }

    [Fact]
    public void Substitution_refuses_the_lessons_own_teacher_as_substitute()
    {
        var e = Assert.Throws<DomainException>(() => new Substitution(NewLesson(), Absent, null, null));

        Assert.Equal("substitute", e.Field);
    }

    [Fact]
    public void Substitution_refuses_a_missing_substitute_and_a_too_long_comment()
    {
        Assert.Throws<DomainException>(() => new Substitution(NewLesson(), 0, null, null));
        Assert.Throws<DomainException>(() => new Substitution(NewLesson(), Substitute, null, new string('а', Substitution.MaxComment + 1)));
    }

    [Fact]
    public void Substitution_copies_the_lesson_and_drops_an_other_subject_equal_to_the_lessons_own()
    {
        var lesson = NewLesson();

        var same = new Substitution(lesson, Substitute, otherSubjectId: 1, "  ");
        var other = new Substitution(lesson, Substitute, otherSubjectId: 5, null);

        Assert.Null(same.SubjectId);
        Assert.Null(same.Comment);
        Assert.Equal(5, other.SubjectId);
        Assert.Equal((Absent, new DateOnly(2026, 11, 30), 2, 10), (other.AbsentTeacherId, other.Date, other.LessonNumber, other.ClassId));
    }

    [Fact]
    public void Closed_period_refuses_mark_changes_until_reopened()
    {
        var year = new AcademicYear(1, 2026);
        var period = year.AddPeriod(StudyPeriodKind.Quarter, 1, new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 25));
        period.Close();

        Assert.Throws<DomainException>(period.CheckOpen);
        period.Reopen();
        period.CheckOpen();
    }
}
