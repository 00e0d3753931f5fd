using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Tests.Journal;

public sealed class MarkListTests
{
    private static readonly MarkList Two = new([new Mark(MarkValue.Score(5), WorkType.Answer), new Mark(MarkValue.Score(4), WorkType.Control, 2.5m)]);

    [Fact]
    public void Encode_and_decode_keep_values_work_types_and_weights()
    {
        var stored = Two.Encode();

        Assert.Equal("5:0:1;4:4:2.5", stored);
        Assert.Equal(Two, MarkList.Decode(stored));
        Assert.Equal("5 4", MarkList.Decode(stored).Text);
    }

    [Fact]
    public void Pass_and_fail_survive_the_round_trip()
    {
        var list = new MarkList([new Mark(MarkValue.Pass, WorkType.Test), new Mark(MarkValue.Fail, WorkType.Test)]);

        Assert.Equal(list, MarkList.Decode(list.Encode()));
        Assert.Equal("зач нз", list.Text);
    }

    [Fact]
    public void An_empty_column_decodes_to_no_marks()
    {
        Assert.True(MarkList.Decode(null).IsEmpty);
        Assert.True(MarkList.Decode("").IsEmpty);
        Assert.Equal("", MarkList.Empty.Encode());
    }

    [Fact]
    public void Change_gives_one_mark_another_work_type_and_weight()
    {
        var changed = Two.Change(0, WorkType.Independent, 1.5m);

        Assert.Equal(new Mark(MarkValue.Score(5), WorkType.Independent, 1.5m), changed.Items[0]);
        Assert.Equal(Two.Items[1], changed.Items[1]);
        Assert.Throws<DomainException>(() => Two.Change(2, WorkType.Answer, 1m));
        Assert.Throws<DomainException>(() => Two.Change(0, WorkType.Answer, 0m));
    }

    [Fact]
    public void The_audit_text_names_each_marks_work_type_and_weight() =>
        Assert.Equal("5 (ответ на уроке, вес 1); 4 (контрольная работа, вес 2.5)", Two.ToString());
}
