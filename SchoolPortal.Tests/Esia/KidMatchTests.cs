using SchoolPortal.Domain.Esia;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Tests.Esia;

public sealed class KidMatchTests
{
    private static EsiaKid Kid(string id, string firstName, DateOnly birth, Snils? snils = null, string certNumber = "111111") =>
        new(id, PersonName.Create("Иванов", firstName, "Сергеевич"), birth, snils, [IdentityDocument.BirthCertificate("IV-ИВ", certNumber)]);

    private static PersonRecord Child(int id, string firstName, DateOnly birth, Snils? snils = null, string certNumber = "111111") =>
        new(id, PersonKind.Pupil, PersonName.Create("Иванов", firstName, "Сергеевич"), birth, snils, [IdentityDocument.BirthCertificate("IV-ИВ", certNumber)]);

    [Fact]
    public void Kid_matches_child_by_snils()
    {
        var snils = Snils.FromNumber(334455667);

        var result = KidMatch.Match([Kid("k1", "Пётр", new(2015, 5, 1), snils, "999999")], [Child(1, "Павел", new(2015, 6, 1), snils, "111111")]);

        var pair = Assert.Single(result.Matched);
        Assert.Equal(("k1", 1), (pair.Kid.Id, pair.Child.Id));
        Assert.True(result.AllMatched);
    }

    [Fact]
    public void Kid_matches_child_by_name_birth_date_and_birth_certificate()
    {
        var result = KidMatch.Match(
            [Kid("k1", "Пётр", new(2015, 5, 1), certNumber: "111111"), Kid("k2", "Анна", new(2017, 2, 3), certNumber: "222222")],
            [Child(2, "Анна", new(2017, 2, 3), certNumber: "222222"), Child(1, "Петр", new(2015, 5, 1), certNumber: "111111")]);

        Assert.Equal([("k1", 1), ("k2", 2)], result.Matched.Select(p => (p.Kid.Id, p.Child.Id)).OrderBy(p => p.Item1));
        Assert.True(result.AllMatched);
    }

    [Fact]
    public void Kid_with_wrong_birth_date_is_unmatched_both_ways_with_the_field_listed()
    {
        var result = KidMatch.Match([Kid("k1", "Пётр", new(2015, 5, 1))], [Child(1, "Пётр", new(2015, 5, 2))]);

        Assert.Empty(result.Matched);
        var kid = Assert.Single(result.KidsWithoutChild);
        Assert.Equal(1, kid.NearestChildId);
        Assert.Equal([MatchField.Snils, MatchField.BirthDate], kid.Fields.Select(f => f.Field));
        var child = Assert.Single(result.ChildrenWithoutKid);
        Assert.Equal("k1", child.NearestKidId);
        Assert.Equal([MatchField.Snils, MatchField.BirthDate], child.Fields.Select(f => f.Field));
    }

    [Fact]
    public void Missing_birth_certificate_in_school_is_listed()
    {
        var child = new PersonRecord(1, PersonKind.Pupil, PersonName.Create("Иванов", "Пётр", "Сергеевич"), new(2015, 5, 1), null, []);

        var result = KidMatch.Match([Kid("k1", "Пётр", new(2015, 5, 1))], [child]);

        var kid = Assert.Single(result.KidsWithoutChild);
        Assert.Contains(new FieldMismatch(MatchField.BirthCertificate, MismatchProblem.MissingInSchool), kid.Fields);
    }

    [Fact]
    public void Esia_kid_without_a_child_and_child_without_a_kid_are_reported()
    {
        var result = KidMatch.Match(
            [Kid("k1", "Пётр", new(2015, 5, 1)), Kid("k9", "Мария", new(2020, 1, 1), certNumber: "909090")],
            [Child(1, "Пётр", new(2015, 5, 1)), Child(5, "Ольга", new(2012, 9, 9), certNumber: "505050")]);

        Assert.Equal(("k1", 1), (Assert.Single(result.Matched).Kid.Id, result.Matched[0].Child.Id));
        var lonelyKid = Assert.Single(result.KidsWithoutChild);
        Assert.Equal("k9", lonelyKid.Kid.Id);
        Assert.Null(lonelyKid.NearestChildId);
        Assert.Empty(lonelyKid.Fields);
        var lonelyChild = Assert.Single(result.ChildrenWithoutKid);
        Assert.Equal(5, lonelyChild.Child.Id);
        Assert.Null(lonelyChild.NearestKidId);
        Assert.False(result.AllMatched);
    }

    [Fact]
    public void Kid_matching_two_children_is_not_paired()
    {
        var result = KidMatch.Match([Kid("k1", "Пётр", new(2015, 5, 1))], [Child(1, "Пётр", new(2015, 5, 1)), Child(2, "Пётр", new(2015, 5, 1))]);

        Assert.Empty(result.Matched);
        Assert.Single(result.KidsWithoutChild);
        Assert.Equal(2, result.ChildrenWithoutKid.Count);
    }
}
