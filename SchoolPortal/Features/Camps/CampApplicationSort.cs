namespace SchoolPortal.Features.Camps;

/// <summary>How «Заявления на путевки» is ordered.</summary>
public enum CampApplicationSort
{
    /// <summary>As places go: category, then filing time, then number.</summary>
    Queue = 1,

    /// <summary>The latest filed first.</summary>
    Newest = 2,

    /// <summary>By the child's surname and name.</summary>
    Child = 3,

    /// <summary>By status, then in queue order.</summary>
    Status = 4,
}
