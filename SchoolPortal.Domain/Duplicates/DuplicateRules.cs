namespace SchoolPortal.Domain.Duplicates;

/// <summary>The Russian wording of <see cref="DuplicateRule"/> and which rules are strong.</summary>
public static class DuplicateRules
{
    public static bool IsStrong(DuplicateRule rule) => rule is DuplicateRule.Snils or DuplicateRule.Document or DuplicateRule.NameAndBirthDate;

    public static string Name(DuplicateRule rule) => rule switch
    {
        DuplicateRule.Snils => "Совпадает СНИЛС",
        DuplicateRule.Document => "Совпадает документ, удостоверяющий личность",
        DuplicateRule.NameAndBirthDate => "Совпадают ФИО и дата рождения",
        DuplicateRule.NameAndSharedChild => "Совпадают ФИО, нет даты рождения, общий ребёнок",
        _ => "Совпадают ФИО, нет даты рождения, общий адрес",
    };
}
