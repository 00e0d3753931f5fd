using SchoolPortal.Domain.Duplicates;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Tests.Duplicates;

public sealed class ParentDuplicateRulesTests
{
    private static readonly DateOnly Birth = new(1985, 4, 12);

    private static ParentFacts Facts(int id, string surname = "Иванова", string first = "Мария", string? patronymic = "Петровна",
        DateOnly? birth = null, string? snils = null, string? series = null, string? number = null, string? address = null) =>
        new(id, surname, first, patronymic, birth, snils, number is null ? null : DocumentKind.RfPassport, series, number, address, null);

    private static IReadOnlyList<DuplicateGroup> Find(params ParentFacts[] parents) => ParentDuplicateFinder.Find(parents, []);

    [Fact]
    public void The_same_snils_joins_records_with_different_names()
    {
        var group = Assert.Single(Find(Facts(1, snils: "11223344595"), Facts(2, surname: "Петрова", snils: "11223344595"), Facts(3)));

        Assert.Equal([1, 2], group.Ids);
        Assert.Equal([DuplicateRule.Snils], Assert.Single(group.Pairs).Rules);
        Assert.True(group.IsStrong);
    }

    [Fact]
    public void The_same_document_matches_regardless_of_spaces_and_hyphens()
    {
        var group = Assert.Single(Find(Facts(1, surname: "Сидорова", series: "75 12", number: "123456"), Facts(2, series: "7512", number: "123-456")));

        Assert.Equal([DuplicateRule.Document], group.Rules);
    }

    [Fact]
    public void A_different_document_kind_with_the_same_number_is_not_a_match()
    {
        var passport = Facts(1, surname: "Сидорова", series: "7512", number: "123456");
        var foreign = Facts(2) with { DocumentKind = DocumentKind.Foreign, DocumentSeries = "7512", DocumentNumber = "123456" };

        Assert.Empty(Find(passport, foreign));
    }

    [Fact]
    public void Name_and_birth_date_match_with_yo_case_and_extra_spaces_ignored()
    {
        var group = Assert.Single(Find(Facts(1, "Семёнова", "Алёна", "Петровна", Birth), Facts(2, "  семенова ", "АЛЕНА", "петровна", Birth)));

        Assert.Equal([DuplicateRule.NameAndBirthDate], group.Rules);
    }

    [Fact]
    public void Namesakes_with_different_birth_dates_are_not_duplicates()
    {
        Assert.Empty(Find(Facts(1, birth: Birth), Facts(2, birth: Birth.AddDays(1))));
    }

    [Fact]
    public void A_missing_birth_date_with_a_shared_child_is_a_weak_candidate()
    {
        var groups = ParentDuplicateFinder.Find([Facts(1, birth: Birth), Facts(2)], [(1, 100), (2, 100)]);

        var group = Assert.Single(groups);
        Assert.Equal([DuplicateRule.NameAndSharedChild], group.Rules);
        Assert.False(group.IsStrong);
    }

    [Fact]
    public void A_missing_birth_date_with_the_same_address_is_a_weak_candidate()
    {
        var group = Assert.Single(Find(Facts(1, address: "454080, г. Челябинск, ул. Ленина, д. 5"), Facts(2, birth: Birth, address: "454080,  г. челябинск, ул. Ленина, д. 5")));

        Assert.Equal([DuplicateRule.NameAndSharedAddress], group.Rules);
    }

    [Fact]
    public void A_large_scan_reads_addresses_only_for_namesakes_without_a_birth_date()
    {
        var finder = ParentDuplicateFinder.Prepare([Facts(1), Facts(2, birth: Birth), Facts(3, surname: "Петрова", birth: Birth), Facts(4, surname: "Петрова", birth: Birth.AddDays(1))]);

        Assert.Equal([1, 2], finder.WeakCandidateIds.Order());
        var address = "454080, г. Челябинск, ул. Ленина, д. 5";
        var group = Assert.Single(finder.Find([], null, new Dictionary<int, (string?, string?)> { [1] = (address, null), [2] = (null, address) }));
        Assert.Equal([DuplicateRule.NameAndSharedAddress], group.Rules);
    }

    [Fact]
    public void A_missing_birth_date_alone_is_not_enough()
    {
        Assert.Empty(ParentDuplicateFinder.Find([Facts(1), Facts(2, birth: Birth)], [(1, 100), (2, 200)]));
    }

    [Fact]
    public void Groups_are_connected_components_with_each_pair_and_its_rules()
    {
        // 1–2 by SNILS, 2–3 by document: one person typed in three times.
        var group = Assert.Single(Find(
            Facts(1, snils: "11223344595"),
            Facts(2, surname: "Петрова", snils: "11223344595", series: "7512", number: "654321"),
            Facts(3, surname: "Смирнова", series: "7512", number: "654321"),
            Facts(4, surname: "Другая")));

        Assert.Equal([1, 2, 3], group.Ids);
        Assert.Equal(2, group.Pairs.Count);
        Assert.Contains(group.Pairs, p => p is { FirstId: 1, SecondId: 2 } && p.Rules.SequenceEqual([DuplicateRule.Snils]));
        Assert.Contains(group.Pairs, p => p is { FirstId: 2, SecondId: 3 } && p.Rules.SequenceEqual([DuplicateRule.Document]));
    }

    [Fact]
    public void A_pair_settled_by_an_override_is_not_flagged()
    {
        var settled = new SettledPairs([(2, 1)]);

        Assert.Empty(ParentDuplicateFinder.Find([Facts(1, birth: Birth), Facts(2, birth: Birth)], [], settled));
    }

    [Fact]
    public void A_settled_pair_inside_a_larger_group_splits_only_what_nothing_else_holds()
    {
        // 1 and 2 are namesakes declared different; 3 shares 2's SNILS and stays with 2.
        var settled = new SettledPairs([(1, 2)]);
        var groups = ParentDuplicateFinder.Find(
            [Facts(1, birth: Birth), Facts(2, birth: Birth, snils: "11223344595"), Facts(3, surname: "Петрова", snils: "11223344595")], [], settled);

        var group = Assert.Single(groups);
        Assert.Equal([2, 3], group.Ids);
    }

    [Fact]
    public void Compare_lists_every_matching_rule()
    {
        var rules = ParentDuplicateFinder.Compare(Facts(1, birth: Birth, snils: "11223344595", series: "7512", number: "123456"),
            Facts(2, birth: Birth, snils: "11223344595", series: "75 12", number: "123456"), shareChild: false);

        Assert.Equal([DuplicateRule.Snils, DuplicateRule.Document, DuplicateRule.NameAndBirthDate], rules);
    }

    [Fact]
    public void Rule_names_are_russian()
    {
        Assert.Equal("Совпадает СНИЛС", DuplicateRules.Name(DuplicateRule.Snils));
        Assert.Equal("Совпадают ФИО и дата рождения", DuplicateRules.Name(DuplicateRule.NameAndBirthDate));
    }

    [Fact]
    public void Facts_of_a_parent_carry_the_compared_fields()
    {
        var parent = new Parent(PersonName.Create("Иванова", "Мария", "Петровна"), Gender.Female);
        parent.ChangeSnils(Snils.Parse("112-233-445 95"));
        parent.ChangeDocument(IdentityDocument.Passport("7512", "123456"));

        var facts = ParentFacts.Of(parent);

        Assert.Equal("11223344595", facts.Snils);
        Assert.Equal(("7512", "123456"), (facts.DocumentSeries, facts.DocumentNumber));
        Assert.Equal("Иванова Мария Петровна", facts.FullName);
    }
}
