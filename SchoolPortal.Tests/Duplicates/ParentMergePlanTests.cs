using SchoolPortal.Domain.Duplicates;

namespace SchoolPortal.Tests.Duplicates;

public sealed class ParentMergePlanTests
{
    private const int Kept = 1;
    private const int Merged = 2;
    private static readonly DateTimeOffset Monday = new(2026, 9, 7, 8, 0, 0, TimeSpan.FromHours(3));

    private static ParentMergeAccount Login(int id, int parentId, DateTimeOffset? lastLogin = null, bool disabled = false, string? esia = null) =>
        new(id, parentId, disabled, lastLogin, esia);

    private static ParentMergePlan Decide(IReadOnlyList<ParentMergeAccount> accounts, int? chosen = null, int? esia = null,
        params ParentMergeChild[] children) =>
        ParentMergePlan.Decide(Kept, Merged, children, accounts, chosen, esia);

    [Fact]
    public void A_child_of_the_merged_record_only_moves_to_the_kept_record()
    {
        var plan = Decide([], children: new ParentMergeChild(10, AlsoLinkedToKept: false));

        Assert.Null(plan.Refusal);
        Assert.Equal([10], plan.MovedLinkPupilIds);
        Assert.Empty(plan.DroppedLinkPupilIds);
    }

    [Fact]
    public void A_child_linked_to_both_records_keeps_the_kept_link_and_loses_the_merged_one()
    {
        var plan = Decide([], children: [new ParentMergeChild(10, false), new ParentMergeChild(11, AlsoLinkedToKept: true)]);

        Assert.Equal([10], plan.MovedLinkPupilIds);
        Assert.Equal([11], plan.DroppedLinkPupilIds);
    }

    [Fact]
    public void The_chosen_login_of_the_merged_record_stays_moves_to_the_kept_record_and_the_other_is_disabled()
    {
        var plan = Decide([Login(100, Kept), Login(200, Merged)], chosen: 200);

        Assert.Null(plan.Refusal);
        Assert.Equal(200, plan.KeptAccountId);
        Assert.True(plan.KeptAccountMoves);
        Assert.Equal([100], plan.DisabledAccountIds);
    }

    [Fact]
    public void Without_a_choice_the_kept_records_own_active_login_stays()
    {
        var plan = Decide([Login(100, Kept, Monday.AddDays(-30)), Login(200, Merged, Monday)]);

        Assert.Equal(100, plan.KeptAccountId);
        Assert.False(plan.KeptAccountMoves);
        Assert.Equal([200], plan.DisabledAccountIds);
    }

    [Fact]
    public void Without_a_choice_among_logins_of_one_record_the_one_used_last_stays()
    {
        var plan = Decide([Login(200, Merged, Monday.AddDays(-30)), Login(201, Merged, Monday), Login(100, Kept, disabled: true)]);

        Assert.Equal(201, plan.KeptAccountId);
        Assert.True(plan.KeptAccountMoves);
        Assert.Equal([200], plan.DisabledAccountIds); // the login already disabled is not disabled again
    }

    [Fact]
    public void A_disabled_login_cannot_be_the_one_kept()
    {
        var plan = Decide([Login(100, Kept, disabled: true), Login(200, Merged)], chosen: 100);

        Assert.Equal("Выберите действующий логин, который останется у родителя.", plan.Refusal);
    }

    [Fact]
    public void A_login_of_neither_record_cannot_be_the_one_kept()
    {
        var plan = Decide([Login(100, Kept)], chosen: 999);

        Assert.Equal("Выберите действующий логин, который останется у родителя.", plan.Refusal);
    }

    [Fact]
    public void When_every_login_is_disabled_the_merge_asks_for_an_active_one()
    {
        var plan = Decide([Login(100, Kept, disabled: true)]);

        Assert.Equal("Выберите действующий логин, который останется у родителя.", plan.Refusal);
    }

    [Fact]
    public void Records_without_logins_merge_without_a_kept_login()
    {
        var plan = Decide([], children: new ParentMergeChild(10, false));

        Assert.Null(plan.Refusal);
        Assert.Null(plan.KeptAccountId);
        Assert.False(plan.KeptAccountMoves);
        Assert.Empty(plan.DisabledAccountIds);
    }

    [Fact]
    public void The_esia_link_of_the_other_login_moves_to_the_kept_login()
    {
        var plan = Decide([Login(100, Kept), Login(200, Merged, esia: "1000000042")], chosen: 100, esia: 200);

        Assert.Null(plan.Refusal);
        Assert.Equal(200, plan.EsiaFromAccountId);
    }

    [Fact]
    public void The_esia_link_of_the_kept_login_stays_where_it_is()
    {
        var plan = Decide([Login(100, Kept, esia: "1000000042"), Login(200, Merged)], chosen: 100, esia: 100);

        Assert.Null(plan.Refusal);
        Assert.Null(plan.EsiaFromAccountId);
    }

    [Fact]
    public void A_login_without_esia_cannot_give_its_esia_link()
    {
        var plan = Decide([Login(100, Kept), Login(200, Merged)], chosen: 100, esia: 200);

        Assert.Equal("У выбранного логина нет связи с Госуслугами (ЕСИА).", plan.Refusal);
    }

    [Fact]
    public void Without_an_esia_choice_no_esia_link_moves()
    {
        var plan = Decide([Login(100, Kept), Login(200, Merged, esia: "1000000042")], chosen: 100);

        Assert.Null(plan.EsiaFromAccountId);
    }
}
