using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Portfolio;

namespace SchoolPortal.Tests.Portfolio;

public sealed class PortfolioAccessTests : IDisposable
{
    private readonly PortfolioWorld _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public async Task A_parent_sees_every_linked_child_even_in_another_school()
    {
        var home = await _w.Service(_w.Mother).HomeAsync();

        Assert.Equal(["Второва Анна Игоревна", "Иванов Пётр Сергеевич"], home.Children.Select(c => c.FullName));
        Assert.Equal("МБОУ «СОШ № 2»", home.Children[0].SchoolName);
        Assert.Null(home.OwnPupilId);
        var sister = await _w.Service(_w.Mother).PortfolioAsync(_w.Sister.Id);
        Assert.Equal("5А", sister.Child.ClassName);
    }

    [Fact]
    public async Task A_parent_cannot_open_someone_elses_child_by_changing_the_id()
    {
        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => _w.Service(_w.Mother).PortfolioAsync(_w.Andreev.Id));
        Assert.Equal(PortfolioService.NotYourChild, refused.Message);
        await Assert.ThrowsAsync<AccessDeniedException>(() => _w.Service(_w.Mother).DiaryAsync(_w.Andreev.Id, null));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _w.Service(_w.Father).PortfolioAsync(_w.Ivanov.Id));
    }

    [Fact]
    public async Task A_pupil_id_that_does_not_exist_is_refused_the_same_way()
    {
        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => _w.Service(_w.Mother).PortfolioAsync(999_999));
        Assert.Equal(PortfolioService.NotYourChild, refused.Message);
    }

    [Fact]
    public async Task A_pupil_sees_only_themselves()
    {
        var home = await _w.Service(_w.IvanovHimself).HomeAsync();
        Assert.Equal(_w.Ivanov.Id, home.OwnPupilId);
        Assert.Equal(_w.Ivanov.Id, Assert.Single(home.Children).PupilId);
        Assert.Equal("Иванов Пётр Сергеевич", (await _w.Service(_w.IvanovHimself).PortfolioAsync(_w.Ivanov.Id)).Child.FullName);

        await Assert.ThrowsAsync<AccessDeniedException>(() => _w.Service(_w.IvanovHimself).PortfolioAsync(_w.Andreev.Id));
    }

    [Fact]
    public async Task Staff_and_anonymous_users_are_told_the_portfolio_is_for_parents_and_pupils()
    {
        var teacher = await Assert.ThrowsAsync<AccessDeniedException>(() => _w.Service(_w.TeacherUser).PortfolioAsync(_w.Ivanov.Id));
        Assert.Equal(PortfolioService.NotForRole, teacher.Message);
        await Assert.ThrowsAsync<AccessDeniedException>(() => _w.Service(_w.Region.RegionOperator).HomeAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => _w.Service(PortalUser.Anonymous).HomeAsync());
    }

    [Fact]
    public async Task A_parent_whose_record_is_linked_to_no_child_gets_an_empty_list()
    {
        var unlinked = new PortalUser(_w.Mother.AccountId + 1000, "nobody", "Никто", Domain.Accounts.Role.Parent, null, null);

        var home = await _w.Service(unlinked).HomeAsync();

        Assert.Empty(home.Children);
    }

    [Fact]
    public async Task A_parent_role_in_the_claims_does_not_open_a_pupils_own_record()
    {
        // The pupil's account claims to be a parent too: the parent link is what counts, and the pupil has no parent record.
        var claimsParent = _w.IvanovHimself with { Roles = Domain.Accounts.Role.Parent };

        await Assert.ThrowsAsync<AccessDeniedException>(() => _w.Service(claimsParent).PortfolioAsync(_w.Ivanov.Id));
    }
}
