using SchoolPortal.Domain.Esia;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Readiness;
using static SchoolPortal.Tests.Readiness.ReadinessPeople;

namespace SchoolPortal.Tests.Readiness;

public sealed class GosuslugiReadinessTests
{
    private static readonly ReadinessCondition[] All = Enum.GetValues<ReadinessCondition>();

    [Fact]
    public void Child_whose_records_match_a_signed_in_parents_gosuslugi_is_ready()
    {
        var result = Ready();

        Assert.Equal(ReadinessStatus.Ready, result.Status);
        Assert.All(All, c => Assert.Equal(ConditionState.Met, result[c].State));
        Assert.Empty(result.Problems);
        Assert.Equal(10, result.BestParentId);
    }

    [Fact]
    public void Parent_who_never_signed_in_leaves_conditions_1_and_3_unchecked_and_says_what_is_needed()
    {
        var result = GosuslugiReadiness.Check(Child(), [NotSignedIn(Mother())]);

        Assert.Equal(ReadinessStatus.AwaitingGosuslugi, result.Status);
        Assert.Equal(ConditionState.Met, result[ReadinessCondition.RecordsComplete].State);
        Assert.Equal(ConditionState.Met, result[ReadinessCondition.ParentLinked].State);
        foreach (var condition in new[] { ReadinessCondition.ListedOnGosuslugi, ReadinessCondition.MatchesGosuslugi })
        {
            Assert.Equal(ConditionState.Unknown, result[condition].State);
            var need = Assert.Single(result[condition].Problems);
            Assert.Equal("Родитель Иванова М. П. не вошёл через Госуслуги: сверка с Госуслугами будет после первого входа.", need.Text);
            Assert.Equal(FixPlace.PortalSignIn, need.Place);
            Assert.Equal(FixedBy.Parent, need.Who);
        }
        Assert.Single(result.Problems);
    }

    [Fact]
    public void Parent_linked_to_gosuslugi_without_stored_answers_is_checked_at_the_next_sign_in()
    {
        var result = GosuslugiReadiness.Check(Child(), [new ReadinessParent(Mother(), "Мать", null, LinkedToGosuslugi: true)]);

        Assert.Equal(ConditionState.Unknown, result[ReadinessCondition.ListedOnGosuslugi].State);
        Assert.Contains("данные Госуслуг ещё не получены", result[ReadinessCondition.ListedOnGosuslugi].Problems[0].Text);
    }

    [Fact]
    public void Child_without_a_linked_parent_fails_condition_4_and_cannot_be_checked_on_gosuslugi()
    {
        var result = GosuslugiReadiness.Check(Child(7), []);

        Assert.Equal(ReadinessStatus.NotReady, result.Status);
        var link = Assert.Single(result[ReadinessCondition.ParentLinked].Problems);
        Assert.Equal("К ученику не привязан ни один родитель.", link.Text);
        Assert.Equal((FixPlace.PupilParents, 7, FixedBy.School), (link.Place, link.RecordId, link.Who));
        Assert.Equal(ConditionState.NotMet, result[ReadinessCondition.RecordsComplete].State);
        Assert.Equal(ConditionState.Unknown, result[ReadinessCondition.ListedOnGosuslugi].State);
        Assert.Equal(ConditionState.Unknown, result[ReadinessCondition.MatchesGosuslugi].State);
        Assert.Null(result.BestParentId);
    }

    [Fact]
    public void Child_without_snils_in_school_fails_condition_2_with_a_link_to_the_pupil_card()
    {
        var child = Child(5) with { Snils = null };

        var result = GosuslugiReadiness.Check(child, [NotSignedIn(Mother())]);

        Assert.Equal(ConditionState.NotMet, result[ReadinessCondition.RecordsComplete].State);
        var problem = Assert.Single(result[ReadinessCondition.RecordsComplete].Problems);
        Assert.Equal("У ребёнка не указан СНИЛС.", problem.Text);
        Assert.Equal((FixPlace.PupilCard, 5, FixedBy.School), (problem.Place, problem.RecordId, problem.Who));
        Assert.Equal(ReadinessStatus.NotReady, result.Status);
    }

    [Fact]
    public void Child_without_any_identity_document_fails_condition_2()
    {
        var result = GosuslugiReadiness.Check(Child() with { Documents = [] }, [NotSignedIn(Mother())]);

        Assert.Contains(result[ReadinessCondition.RecordsComplete].Problems,
            p => p.Text == "У ребёнка не указан документ, удостоверяющий личность (свидетельство о рождении или паспорт).");
    }

    [Fact]
    public void Birth_certificate_stored_with_an_arabic_series_is_reported_with_the_format_rule()
    {
        var child = Child() with { Documents = [Stored(DocumentKind.RfBirthCertificate, "4-ИВ", "123456")] };

        var result = GosuslugiReadiness.Check(child, [NotSignedIn(Mother())]);

        var problem = Assert.Single(result[ReadinessCondition.RecordsComplete].Problems);
        Assert.StartsWith("В свидетельстве о рождении ребёнка ошибка: Серия свидетельства о рождении: римское число", problem.Text);
    }

    [Fact]
    public void Snils_stored_with_a_wrong_control_number_is_reported()
    {
        var result = GosuslugiReadiness.Check(Child() with { Snils = Snils.Restore("11223344500") }, [NotSignedIn(Mother())]);

        Assert.StartsWith("СНИЛС ребёнка внесён с ошибкой:", Assert.Single(result[ReadinessCondition.RecordsComplete].Problems).Text);
    }

    [Fact]
    public void Parent_without_birth_date_or_passport_fails_condition_2_with_a_link_to_the_parent_card()
    {
        var mother = Mother(12) with { BirthDate = null, Documents = [] };

        var result = GosuslugiReadiness.Check(Child(), [NotSignedIn(mother)]);

        var problems = result[ReadinessCondition.RecordsComplete].Problems;
        Assert.Equal(
            ["У родителя Иванова М. П. не указана дата рождения.", "У родителя Иванова М. П. не указан документ, удостоверяющий личность (паспорт)."],
            problems.Select(p => p.Text));
        Assert.All(problems, p => Assert.Equal((FixPlace.ParentCard, 12), (p.Place, p.RecordId)));
    }

    [Fact]
    public void Unconfirmed_gosuslugi_account_fails_condition_1()
    {
        var child = Child();
        var mother = Mother();

        var result = GosuslugiReadiness.Check(child, [SignedIn(mother, Gosuslugi(mother, false, Kid(child)))]);

        var problem = Assert.Single(result[ReadinessCondition.ListedOnGosuslugi].Problems);
        Assert.Equal("Учетная запись родителя Иванова М. П. на Госуслугах не подтверждена: сведения о детях в ней не проверены.", problem.Text);
        Assert.Equal((FixPlace.GosuslugiProfile, FixedBy.Parent), (problem.Place, problem.Who));
        Assert.Equal(ConditionState.Met, result[ReadinessCondition.MatchesGosuslugi].State);
    }

    [Fact]
    public void Parent_with_no_children_on_gosuslugi_fails_condition_1_and_leaves_the_child_uncompared()
    {
        var mother = Mother();

        var result = GosuslugiReadiness.Check(Child(), [SignedIn(mother, Gosuslugi(mother))]);

        var problem = Assert.Single(result[ReadinessCondition.ListedOnGosuslugi].Problems);
        Assert.Equal("У родителя Иванова М. П. на Госуслугах в разделе «Семья» → «Дети» нет ни одного ребёнка.", problem.Text);
        Assert.Equal(FixPlace.GosuslugiFamily, problem.Place);
        Assert.Contains("«Семья» → «Дети»", problem.Fix);
        Assert.Equal(ConditionState.Unknown, result[ReadinessCondition.MatchesGosuslugi].State);
        Assert.Contains("сверить не с чем", result[ReadinessCondition.MatchesGosuslugi].Problems[0].Text);
    }

    [Fact]
    public void Child_missing_among_other_children_on_gosuslugi_fails_condition_1()
    {
        var mother = Mother();
        var sister = new PersonRecord(2, PersonKind.Pupil, PersonName.Create("Иванова", "Ольга", "Сергеевна"), new DateOnly(2012, 1, 1),
            Snils.FromNumber(998877665), [IdentityDocument.BirthCertificate("III-ИВ", "777777")]);

        var result = GosuslugiReadiness.Check(Child(), [SignedIn(mother, Gosuslugi(mother, true, Kid(sister)))]);

        Assert.Equal("Ребёнка нет среди детей родителя Иванова М. П. на Госуслугах (раздел «Семья» → «Дети»).",
            Assert.Single(result[ReadinessCondition.ListedOnGosuslugi].Problems).Text);
    }

    [Fact]
    public void Kid_without_snils_on_gosuslugi_fails_condition_1()
    {
        var child = Child();
        var mother = Mother();

        var result = GosuslugiReadiness.Check(child, [SignedIn(mother, Gosuslugi(mother, true, Kid(child) with { Snils = null }))]);

        Assert.Equal("У ребёнка на Госуслугах (в профиле родителя Иванова М. П.) не указан СНИЛС.",
            Assert.Single(result[ReadinessCondition.ListedOnGosuslugi].Problems).Text);
        Assert.Equal(ConditionState.Met, result[ReadinessCondition.MatchesGosuslugi].State);
    }

    [Fact]
    public void Kid_without_birth_certificate_on_gosuslugi_fails_condition_1()
    {
        var child = Child();
        var mother = Mother();

        var result = GosuslugiReadiness.Check(child, [SignedIn(mother, Gosuslugi(mother, true, Kid(child) with { Documents = [] }))]);

        Assert.Contains(result[ReadinessCondition.ListedOnGosuslugi].Problems,
            p => p.Text == "У ребёнка на Госуслугах (в профиле родителя Иванова М. П.) не указано свидетельство о рождении.");
    }

    [Fact]
    public void Kid_whose_documents_gosuslugi_has_not_verified_yet_fails_condition_1()
    {
        var child = Child();
        var mother = Mother();

        var result = GosuslugiReadiness.Check(child, [SignedIn(mother, Gosuslugi(mother, true, Kid(child) with { DocumentsVerified = false }))]);

        Assert.Equal("Документы ребёнка на Госуслугах (в профиле родителя Иванова М. П.) ещё не проверены.",
            Assert.Single(result[ReadinessCondition.ListedOnGosuslugi].Problems).Text);
    }

    [Fact]
    public void Different_birth_certificate_number_fails_condition_3_naming_the_number()
    {
        var child = Child(3);
        var mother = Mother();
        var kid = Kid(child) with { Documents = [IdentityDocument.BirthCertificate("IV-ИВ", "123457")] };

        var result = GosuslugiReadiness.Check(child, [SignedIn(mother, Gosuslugi(mother, true, kid))]);

        Assert.Equal(ConditionState.Met, result[ReadinessCondition.ListedOnGosuslugi].State);
        var problem = Assert.Single(result[ReadinessCondition.MatchesGosuslugi].Problems);
        Assert.Equal("Номер свидетельства о рождении ребёнка в школе не совпадает с Госуслугами.", problem.Text);
        Assert.Equal((FixPlace.PupilCard, 3), (problem.Place, problem.RecordId));
        Assert.Contains("«Семья» → «Дети»", problem.Fix);
    }

    [Fact]
    public void Child_name_spelt_with_e_instead_of_yo_still_matches()
    {
        var child = Child();
        var mother = Mother();
        var kid = Kid(child) with { Name = PersonName.Create("ИВАНОВ", "Петр", "Сергеевич") };

        var result = GosuslugiReadiness.Check(child, [SignedIn(mother, Gosuslugi(mother, true, kid))]);

        Assert.True(result.IsReady);
    }

    [Fact]
    public void Different_parent_birth_date_and_passport_series_fail_condition_3()
    {
        var child = Child();
        var mother = Mother();
        var esia = Gosuslugi(mother, true, Kid(child)) with { BirthDate = new DateOnly(1985, 4, 21), Documents = [IdentityDocument.Passport("7506", "654321")] };

        var result = GosuslugiReadiness.Check(child, [SignedIn(mother, esia)]);

        Assert.Equal(
            ["Дата рождения родителя Иванова М. П. в школе не совпадает с Госуслугами.", "Серия паспорта родителя Иванова М. П. в школе не совпадает с Госуслугами."],
            result[ReadinessCondition.MatchesGosuslugi].Problems.Select(p => p.Text));
        Assert.All(result[ReadinessCondition.MatchesGosuslugi].Problems, p => Assert.Equal(FixPlace.ParentCard, p.Place));
    }

    [Fact]
    public void Parent_snils_that_differs_fails_condition_3_but_one_missing_on_gosuslugi_does_not()
    {
        var child = Child();
        var mother = Mother();

        var differs = GosuslugiReadiness.Check(child, [SignedIn(mother, Gosuslugi(mother, true, Kid(child)) with { Snils = Snils.FromNumber(123123123) })]);
        var missing = GosuslugiReadiness.Check(child, [SignedIn(mother, Gosuslugi(mother, true, Kid(child)) with { Snils = null })]);

        Assert.Equal("СНИЛС родителя Иванова М. П. в школе не совпадает с Госуслугами.",
            Assert.Single(differs[ReadinessCondition.MatchesGosuslugi].Problems).Text);
        Assert.True(missing.IsReady);
    }

    [Fact]
    public void Document_missing_on_gosuslugi_is_for_the_parent_to_add()
    {
        var child = Child();
        var mother = Mother();

        var result = GosuslugiReadiness.Check(child, [SignedIn(mother, Gosuslugi(mother, true, Kid(child)) with { Documents = [] })]);

        var problem = Assert.Single(result[ReadinessCondition.MatchesGosuslugi].Problems);
        Assert.Equal("Документ, удостоверяющий личность, родителя Иванова М. П. не указан на Госуслугах.", problem.Text);
        Assert.Equal((FixPlace.GosuslugiProfile, FixedBy.Parent), (problem.Place, problem.Who));
    }

    [Fact]
    public void Child_is_ready_through_the_father_while_the_mother_has_not_signed_in()
    {
        var child = Child();
        var father = Father();

        var result = GosuslugiReadiness.Check(child, [NotSignedIn(Mother()), SignedIn(father, Gosuslugi(father, true, Kid(child)), "Отец")]);

        Assert.True(result.IsReady);
        Assert.Equal(11, result.BestParentId);
        Assert.Equal(2, result.Parents.Count);
        Assert.False(result.Parents.Single(p => p.ParentId == 10).IsReady);
        Assert.True(result.Parents.Single(p => p.ParentId == 11).IsReady);
    }

    [Fact]
    public void Childs_conditions_are_those_of_the_parent_closest_to_ready()
    {
        var result = GosuslugiReadiness.Check(Child(), [NotSignedIn(Mother() with { BirthDate = null }), NotSignedIn(Father(), "Отец")]);

        Assert.Equal(11, result.BestParentId);
        Assert.Equal(ConditionState.Met, result[ReadinessCondition.RecordsComplete].State);
        Assert.Equal(ReadinessStatus.AwaitingGosuslugi, result.Status);
        Assert.Equal(ConditionState.NotMet, result.Parents.Single(p => p.ParentId == 10)[ReadinessCondition.RecordsComplete].State);
    }

    [Fact]
    public void Status_is_not_ready_as_soon_as_one_condition_fails_even_if_others_are_unchecked()
    {
        var result = GosuslugiReadiness.Check(Child() with { Snils = null }, [NotSignedIn(Mother())]);

        Assert.Equal(ReadinessStatus.NotReady, result.Status);
        // What fails first, then what the checks need; the sign-in needed by conditions 1 and 3 said once.
        Assert.Equal(["У ребёнка не указан СНИЛС.", "Родитель Иванова М. П. не вошёл через Госуслуги: сверка с Госуслугами будет после первого входа."],
            result.Problems.Select(p => p.Text));
    }
}
