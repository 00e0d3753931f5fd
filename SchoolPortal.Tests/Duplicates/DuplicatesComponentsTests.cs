using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SchoolPortal.Domain.Duplicates;
using SchoolPortal.Features.Duplicates;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Duplicates;

public sealed class DuplicatesComponentsTests : MudTestContext
{
    private static readonly DateTimeOffset Yesterday = new(2026, 11, 27, 6, 30, 0, TimeSpan.Zero);

    private static ParentGroupView Group()
    {
        var pair = new DuplicatePair(10, 11, [DuplicateRule.Document, DuplicateRule.NameAndBirthDate]);
        ParentRecordView Record(int id, string? snils, string child, RecordAccount? account) =>
            new(id, "Иванова Мария Петровна", "12.04.1985", snils, "Паспорт РФ 7512 123456", null, null, null, null,
                [new RecordChild(id + 100, child, "5А", "СОШ № 1", "Мать")], 0, account is null ? [] : [account]);
        return new ParentGroupView(new DuplicateGroup([10, 11], [pair]),
            [
                Record(10, "112-233-445 95", "Иванов Пётр Сергеевич", new RecordAccount(1, "ivanova.m.p1", null, false, false)),
                Record(11, null, "Иванова Ольга Сергеевна", new RecordAccount(2, "ivanova.m.p2", Yesterday, true, false)),
            ],
            ["СНИЛС"]);
    }

    [Fact]
    public void A_group_shows_each_record_its_children_last_login_esia_and_the_differing_fields()
    {
        var cut = Render<ParentGroupCard>(p => p.Add(c => c.Group, Group()).Add(c => c.CanEdit, true));

        Assert.Equal(2, cut.FindAll("th[data-testid=duplicate-record]").Count);
        Assert.Equal(2, cut.FindAll("[data-testid=choose-kept]").Count);
        Assert.Equal(2, cut.FindAll("[data-testid=choose-login]").Count);
        Assert.Single(cut.FindAll("[data-testid=choose-esia]"));
        Assert.Single(cut.FindAll("[data-testid=fill-empty]"));
        Assert.Equal("Различаются: СНИЛС.", cut.Find("[data-testid=differing-fields]").TextContent.Trim());
        Assert.Single(cut.FindAll("tr[data-differs=true]"));
        Assert.Contains("Иванова Ольга Сергеевна", cut.Find("[data-testid=record-children][data-record-id=\"11\"]").TextContent);
        var logins = cut.Find("[data-testid=record-logins][data-record-id=\"11\"]").TextContent;
        Assert.Contains("последний вход 27.11.2026 11:30", logins);
        Assert.Contains("связан с Госуслугами", logins);
        Assert.Contains("последний вход не входил(а)", cut.Find("[data-testid=record-logins][data-record-id=\"10\"]").TextContent);
    }

    [Fact]
    public async Task Merge_sends_the_kept_record_the_login_used_last_and_the_fill_choice()
    {
        MergeRequest? sent = null;
        var cut = Render<ParentGroupCard>(p => p.Add(c => c.Group, Group()).Add(c => c.CanEdit, true)
            .Add(c => c.OnMerge, (MergeRequest r) => sent = r));

        cut.Find("[data-testid=merge-button]").Click();

        // The record with SNILS is suggested; the login used yesterday (with its ESIA link) stays.
        Assert.Equal(new MergeRequest(10, 11, 2, null, false), sent);
        var kept = cut.FindComponents<MudRadioGroup<int>>().Single();
        await cut.InvokeAsync(() => kept.Instance.ValueChanged.InvokeAsync(11));
        cut.Find("[data-testid=merge-button]").Click();
        Assert.Equal(new MergeRequest(11, 10, 2, null, false), sent);
        Assert.Contains("Объединить запись № 10 с записью № 11", cut.Find("[data-testid=merge-button]").TextContent);
    }

    [Fact]
    public void Detach_names_the_record_and_the_child()
    {
        (ParentRecordView Record, RecordChild Child)? detached = null;
        var cut = Render<ParentGroupCard>(p => p.Add(c => c.Group, Group()).Add(c => c.CanEdit, true)
            .Add(c => c.OnDetach, ((ParentRecordView Record, RecordChild Child) x) => detached = x));

        cut.Find("[data-testid=detach][data-record-id=\"11\"]").Click();

        Assert.Equal((11, 111), (detached!.Value.Record.Id, detached.Value.Child.PupilId));
    }

    [Fact]
    public void Detach_keeps_its_width_beside_a_long_child_line()
    {
        var cut = Render<ParentGroupCard>(p => p.Add(c => c.Group, Group()).Add(c => c.CanEdit, true));

        var style = cut.FindAll("[data-testid=detach]")[0].GetAttribute("style") ?? "";

        // A long name and school wrap their own line; the button is neither shrunk nor broken into «Открепи-ть».
        Assert.Contains("flex-shrink: 0", style);
        Assert.Contains("white-space: nowrap", style);
    }

    [Fact]
    public void Without_rights_there_is_no_merge_and_no_detach()
    {
        var cut = Render<ParentGroupCard>(p => p.Add(c => c.Group, Group()).Add(c => c.CanEdit, false));

        Assert.Empty(cut.FindAll("[data-testid=merge-button]"));
        Assert.Empty(cut.FindAll("[data-testid=detach]"));
    }
}
