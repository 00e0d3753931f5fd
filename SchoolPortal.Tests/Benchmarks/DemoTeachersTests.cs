using SchoolPortal.Benchmarks.JournalCircuits;

namespace SchoolPortal.Tests.Benchmarks;

public class DemoTeachersTests
{
    private static List<(string Journal, TeacherDesk Desk)> Teacher(string login, params string[] journals) =>
        journals.Select(j => (j, new TeacherDesk(login, "/journal/" + j, 10))).ToList();

    [Fact]
    public void Distinct_teachers_come_first_and_a_teacher_opens_a_second_journal_only_when_they_run_out()
    {
        var desks = DemoTeachers.Choose([Teacher("t1", "1/1/1", "2/1/1"), Teacher("t2", "3/2/1", "4/2/1"), Teacher("t3", "5/3/1")], 4);

        Assert.Equal(["t1", "t2", "t3"], desks.Take(3).Select(d => d.Login));
        Assert.Equal(4, desks.Count);
        Assert.Equal(4, desks.Select(d => d.JournalPath).Distinct().Count());
    }

    [Fact]
    public void A_journal_two_accounts_of_one_teacher_share_is_opened_once_so_no_two_circuits_type_into_the_same_cells()
    {
        var desks = DemoTeachers.Choose([Teacher("teacher1", "1/1/1"), Teacher("ivanova.s12", "1/1/1"), Teacher("t3", "5/3/1")], 3);

        Assert.Equal(2, desks.Count);
        Assert.Equal(desks.Count, desks.Select(d => d.JournalPath).Distinct().Count());
    }
}
