using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Common;

namespace SchoolPortal.Tests.Esia;

public sealed class LinkCodeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_code_is_eight_unambiguous_characters_and_only_its_hash_is_kept()
    {
        var issued = LinkCode.Issue(5, 1, Now, out var code);

        Assert.Matches("^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$", code);
        Assert.DoesNotContain(code.Replace("-", ""), issued.CodeHash);
        Assert.Equal(LinkCode.Hash(code), issued.CodeHash);
    }

    [Theory]
    [InlineData("abcd-2345", "ABCD2345")]
    [InlineData(" ab cd 23 45 ", "ABCD2345")]
    [InlineData("АВСЕ–2345", "ABCE2345")]
    public void Typing_case_spaces_hyphens_and_cyrillic_look_alikes_do_not_matter(string typed, string normalized) =>
        Assert.Equal(normalized, LinkCode.Normalize(typed));

    [Fact]
    public void A_code_works_once_and_not_after_its_lifetime_or_when_revoked()
    {
        var once = LinkCode.Issue(5, 1, Now, out _);
        once.Use(Now.AddMinutes(1));
        Assert.Throws<DomainException>(() => once.Use(Now.AddMinutes(2)));

        var late = LinkCode.Issue(5, 1, Now, out _);
        Assert.False(late.IsUsable(Now + LinkCode.Lifetime));
        Assert.True(late.IsUsable(Now + LinkCode.Lifetime - TimeSpan.FromMinutes(1)));

        var revoked = LinkCode.Issue(5, 1, Now, out _);
        revoked.Revoke(Now);
        Assert.False(revoked.IsUsable(Now));
    }
}
