using SchoolPortal.Domain.Esia;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Tests.Esia;

public sealed class EsiaMatchTests
{
    private static readonly DateOnly Birth = new(1985, 3, 14);
    private static readonly Snils ParentSnils = Snils.FromNumber(112233445);
    private static readonly IdentityDocument Passport = IdentityDocument.Passport("7512", "123456");

    private static EsiaPerson Esia(
        PersonName? name = null, DateOnly? birth = null, Snils? snils = null, bool trusted = true, IdentityDocument[]? docs = null) =>
        new("1000123", name ?? PersonName.Create("Иванова", "Алёна", "Петровна"), birth ?? Birth, snils, trusted, docs ?? [Passport], []);

    private static PersonRecord Record(
        int id, PersonName? name = null, DateOnly? birth = null, Snils? snils = null, IdentityDocument[]? docs = null) =>
        new(id, PersonKind.Parent, name ?? PersonName.Create("Иванова", "Алёна", "Петровна"), birth ?? Birth, snils, docs ?? [Passport]);

    [Fact]
    public void Trusted_account_with_the_same_snils_links_automatically()
    {
        var other = Record(2, PersonName.Create("Петров", "Олег", "Иванович"), new DateOnly(1980, 1, 1), Snils.FromNumber(223344556), []);
        var target = Record(7, PersonName.Create("Иванова", "Елена", "Петровна"), new DateOnly(1990, 1, 1), ParentSnils, []);

        var result = EsiaMatch.Match(Esia(snils: ParentSnils), [other, target]);

        Assert.True(result.IsLinked);
        Assert.Equal(7, result.LinkedTo!.Id);
        Assert.Null(result.Message);
    }

    [Fact]
    public void Trusted_account_with_name_birth_date_and_document_links_automatically()
    {
        var result = EsiaMatch.Match(Esia(), [Record(3)]);

        Assert.Equal(EsiaMatchOutcome.Linked, result.Outcome);
        Assert.Equal(3, result.LinkedTo!.Id);
    }

    [Fact]
    public void Names_match_regardless_of_case_yo_and_extra_spaces()
    {
        var esiaName = PersonName.Create("ИВАНОВА", "Алёна", "Петровна");
        var schoolName = PersonName.Create("иванова", "  Алена ", "петровна");

        var result = EsiaMatch.Match(Esia(esiaName), [Record(4, schoolName)]);

        Assert.True(result.IsLinked);
        Assert.True(EsiaMatch.SameName(PersonName.Create("Семёнова-Ёлкина", "Анна", null, true), PersonName.Create("семенова - елкина", "АННА", null, true)));
    }

    [Fact]
    public void Documents_match_by_kind_series_and_number_with_spacing_ignored()
    {
        Assert.True(EsiaMatch.SameDocument(IdentityDocument.Passport("75 12", "123456"), IdentityDocument.Passport("7512", "123456")));
        Assert.True(EsiaMatch.SameDocument(IdentityDocument.BirthCertificate("iv-ив", "123456"), IdentityDocument.BirthCertificate("IV - ИВ", "123456")));
        Assert.False(EsiaMatch.SameDocument(IdentityDocument.Passport("7512", "123456"), IdentityDocument.Create(DocumentKind.Foreign, "7512", "123456")));
    }

    [Fact]
    public void Unconfirmed_account_never_links_even_on_exact_snils()
    {
        var result = EsiaMatch.Match(Esia(snils: ParentSnils, trusted: false), [Record(5, snils: ParentSnils)]);

        Assert.False(result.IsLinked);
        Assert.Equal(EsiaMatchOutcome.NotTrusted, result.Outcome);
        Assert.Null(result.LinkedTo);
        Assert.Contains("учетная запись на Госуслугах не подтверждена", result.Reason);
        Assert.Equal("С выбранной учетной записью портала Госуслуг не связан ни один пользователь системы", result.Message);
    }

    [Fact]
    public void Two_matching_records_are_ambiguous_and_not_linked()
    {
        var result = EsiaMatch.Match(Esia(), [Record(1), Record(2)]);

        Assert.Equal(EsiaMatchOutcome.Ambiguous, result.Outcome);
        Assert.Null(result.LinkedTo);
        Assert.Contains("несколькими записями", result.Reason);
        Assert.Equal(EsiaMatch.NotLinkedMessage, result.Message);
    }

    [Fact]
    public void Different_birth_date_is_listed_as_the_only_mismatch()
    {
        var result = EsiaMatch.Match(Esia(), [Record(8, birth: new DateOnly(1985, 4, 14))]);

        Assert.Equal(EsiaMatchOutcome.NoMatch, result.Outcome);
        var near = Assert.Single(result.NearCandidates);
        Assert.Equal(8, near.CandidateId);
        Assert.Equal([MatchField.Snils, MatchField.BirthDate], near.FieldNames);
        Assert.Equal(MismatchProblem.MissingOnBothSides, near.Fields[0].Problem);
        Assert.Equal(MismatchProblem.Differs, near.Fields[1].Problem);
    }

    [Fact]
    public void Different_document_and_missing_snils_are_listed()
    {
        var result = EsiaMatch.Match(Esia(snils: ParentSnils), [Record(9, docs: [IdentityDocument.Passport("7512", "654321")])]);

        var near = Assert.Single(result.NearCandidates);
        Assert.Equal(
            [new FieldMismatch(MatchField.Snils, MismatchProblem.MissingInSchool), new FieldMismatch(MatchField.IdentityDocument, MismatchProblem.Differs)],
            near.Fields);
        Assert.Equal("СНИЛС: не указано в данных школы", near.Fields[0].Text);
    }

    [Fact]
    public void Different_name_is_listed_when_the_document_matches()
    {
        var result = EsiaMatch.Match(Esia(), [Record(10, PersonName.Create("Смирнова", "Алёна", "Петровна"))]);

        Assert.Equal([MatchField.Snils, MatchField.Name], Assert.Single(result.NearCandidates).FieldNames);
    }

    [Fact]
    public void Conflicting_snils_blocks_a_name_birth_and_document_match()
    {
        var result = EsiaMatch.Match(Esia(snils: ParentSnils), [Record(11, snils: Snils.FromNumber(223344556))]);

        Assert.False(result.IsLinked);
        Assert.Equal([MatchField.Snils], Assert.Single(result.NearCandidates).FieldNames);
    }

    [Fact]
    public void Mismatch_report_holds_no_values_of_the_other_person()
    {
        var result = EsiaMatch.Match(Esia(), [Record(12, birth: new DateOnly(1985, 4, 14), snils: Snils.FromNumber(223344556))]);

        var near = Assert.Single(result.NearCandidates);
        var shown = string.Join(" ", near.Fields.Select(f => f.Text));
        Assert.DoesNotContain("14.04.1985", shown);
        Assert.DoesNotContain("223", shown);
        Assert.Equal(typeof(int), near.CandidateId.GetType());
    }

    [Fact]
    public void Unrelated_people_are_not_listed_and_the_reason_says_not_found()
    {
        var stranger = Record(13, PersonName.Create("Петров", "Олег", "Иванович"), Birth, null, [IdentityDocument.Passport("4510", "000001")]);

        var result = EsiaMatch.Match(Esia(), [stranger]);

        Assert.Equal(EsiaMatchOutcome.NoMatch, result.Outcome);
        Assert.Empty(result.NearCandidates);
        Assert.Contains("не найдены", result.Reason);
    }
}
