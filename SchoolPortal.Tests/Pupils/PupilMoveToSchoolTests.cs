using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Tests.Pupils;

/// <summary>A child known to the region changes school by moving the card, never by a second card.</summary>
public sealed class PupilMoveToSchoolTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static Pupil Pupil(out SchoolClass oldClass)
    {
        var pupil = new Pupil(2, PersonName.Create("Второва", "Анна", "Игоревна"), new DateOnly(2015, 3, 14), Gender.Female, Today);
        oldClass = new SchoolClass(2, 20, new GradeLevel(5), "А");
        pupil.EnrollIn(oldClass, new DateOnly(2026, 9, 1));
        return pupil;
    }

    [Fact]
    public void A_pupil_still_studying_is_withdrawn_the_day_before_by_the_transfer_order_and_belongs_to_the_new_school()
    {
        var pupil = Pupil(out _);

        pupil.MoveToSchool(1, new DateOnly(2026, 12, 7), "перевод в СОШ № 1");

        Assert.Equal((1, PupilStatus.Withdrawn, new DateOnly(2026, 12, 6), "перевод в СОШ № 1"), (pupil.SchoolId, pupil.Status, pupil.LeftOn, pupil.LeavingOrder));
        Assert.Equal(new DateOnly(2026, 12, 6), Assert.Single(pupil.Memberships).To);
    }

    [Fact]
    public void After_the_move_the_card_enrols_into_a_class_of_the_new_school_keeping_the_old_stay()
    {
        var pupil = Pupil(out _);
        pupil.Withdraw(new DateOnly(2026, 11, 30), "17-у");
        var newClass = new SchoolClass(1, 10, new GradeLevel(5), "Б");

        pupil.MoveToSchool(1, new DateOnly(2026, 12, 7), null);
        pupil.EnrollIn(newClass, new DateOnly(2026, 12, 7));

        Assert.Equal((PupilStatus.Enrolled, 1, (DateOnly?)null), (pupil.Status, pupil.SchoolId, pupil.LeftOn));
        Assert.Equal([new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 7)], pupil.Memberships.Select(m => m.From));
    }

    [Fact]
    public void A_class_of_the_old_school_is_refused_after_the_move()
    {
        var pupil = Pupil(out var oldClass);
        pupil.Withdraw(new DateOnly(2026, 11, 30), null);
        pupil.MoveToSchool(1, new DateOnly(2026, 12, 7), null);

        var error = Assert.Throws<DomainException>(() => pupil.EnrollIn(oldClass, new DateOnly(2026, 12, 8)));

        Assert.Contains("другой школе", error.Message);
    }

    [Fact]
    public void Moving_into_the_school_the_pupil_studies_in_is_refused()
    {
        var pupil = Pupil(out _);

        var error = Assert.Throws<DomainException>(() => pupil.MoveToSchool(2, new DateOnly(2026, 12, 7), null));

        Assert.Contains("уже числится в этой школе", error.Message);
    }

    [Fact]
    public void A_child_admitted_from_the_new_year_by_another_school_is_not_taken_over()
    {
        var pupil = new Pupil(2, PersonName.Create("Новикова", "Вера", "Олеговна"), new DateOnly(2020, 5, 1), Gender.Female, Today);
        pupil.AdmitFromNewYear();

        var error = Assert.Throws<DomainException>(() => pupil.MoveToSchool(1, new DateOnly(2027, 7, 5), null));

        Assert.Contains("зачислен с нового года", error.Message);
    }

    [Fact]
    public void Admission_from_the_new_year_is_refused_for_a_pupil_in_a_class_now()
    {
        var pupil = Pupil(out _);

        Assert.Throws<DomainException>(pupil.AdmitFromNewYear);
    }

    [Fact]
    public void A_leaver_admitted_from_the_new_year_has_no_class_and_no_leaving_data()
    {
        var pupil = Pupil(out _);
        pupil.Withdraw(new DateOnly(2026, 11, 30), "17-у");

        pupil.AdmitFromNewYear();

        Assert.Equal((PupilStatus.Admitted, (int?)null, (DateOnly?)null, (string?)null), (pupil.Status, pupil.CurrentClassId, pupil.LeftOn, pupil.LeavingOrder));
    }

    [Fact]
    public void A_pupils_account_follows_the_card_keeping_the_gosuslugi_link_and_ending_old_sessions()
    {
        var account = new UserAccount("vtorova.anna", "Второва Анна", Role.Pupil, 2);
        account.LinkTo(pupilId: 5);
        account.LinkEsia("1000123456");
        var stamp = account.SecurityStamp;

        account.FollowPupilToSchool(1);

        Assert.Equal((1, "1000123456"), (account.SchoolId, account.EsiaOid));
        Assert.NotEqual(stamp, account.SecurityStamp);
    }

    [Fact]
    public void A_staff_account_does_not_follow_a_pupil()
    {
        var account = new UserAccount("teacher1", "Учитель", Role.Teacher, 2);

        Assert.Throws<DomainException>(() => account.FollowPupilToSchool(1));
    }
}
