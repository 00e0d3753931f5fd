using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.DuplicateGuard;

namespace SchoolPortal.Tests.DuplicateGuard;

public sealed class DuplicateDecisionTests
{
    private static readonly PortalUser Admin = new(1, "admin1", "Админ", Role.SchoolAdmin, 1, null);
    private static readonly PortalUser Teacher = new(2, "teacher1", "Учитель", Role.Teacher, 1, null);
    private static readonly PersonMatch Match = new(PersonKind.Parent, 7, "Иванова Мария Петровна", null, [MatchReason.Document, MatchReason.NameAndBirthDate]);

    [Fact]
    public void A_match_says_who_why_and_where_to_open_it()
    {
        Assert.Equal("/management/parents/7", Match.Link);
        Assert.Equal("Такой человек уже есть: Иванова Мария Петровна, совпадает документ (вид, серия и номер), совпадают ФИО и дата рождения. " +
            "Откройте существующую карточку.", Match.Message);
        Assert.Equal("/management/staff/3", (Match with { Kind = PersonKind.Employee, Id = 3 }).Link);
        Assert.Equal("/management/pupils/3", (Match with { Kind = PersonKind.Pupil, Id = 3 }).Link);
    }

    [Fact]
    public void No_matches_never_refuse()
    {
        Assert.Null(DuplicateDecision.Refusal([], Teacher, null));
    }

    [Fact]
    public void A_match_refuses_unless_an_administrator_gives_a_reason_of_ten_characters()
    {
        Assert.Equal(Match.Message, DuplicateDecision.Refusal([Match], Admin, null));
        Assert.Contains("не короче 10 символов", DuplicateDecision.Refusal([Match], Admin, "  тёзка   "));
        Assert.Null(DuplicateDecision.Refusal([Match], Admin, "Тёзка, другой паспорт"));
        Assert.EndsWith("может только администратор.", DuplicateDecision.Refusal([Match], Teacher, "Тёзка, другой паспорт"));
    }
}
