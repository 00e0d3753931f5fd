namespace SchoolPortal.Domain.Parents;

/// <summary>Pupil ↔ parent: the one parent record is linked to each of their children.</summary>
public sealed class ParentLink
{
    public int Id { get; private set; }
    public int PupilId { get; private set; }
    public int ParentId { get; private set; }
    public Parent? Parent { get; private set; }
    public ParentRelation Relation { get; private set; }

    private ParentLink()
    {
    }

    internal ParentLink(int pupilId, Parent parent, ParentRelation relation)
    {
        PupilId = pupilId;
        ParentId = parent.Id;
        Parent = parent;
        Relation = relation;
    }

    public string RelationName => Relation switch
    {
        ParentRelation.Mother => "Мать",
        ParentRelation.Father => "Отец",
        _ => "Законный представитель",
    };
}
