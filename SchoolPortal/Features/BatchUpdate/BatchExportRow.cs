using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>One exported pupil: the record, the class name and the parents in group order.</summary>
public sealed record BatchExportRow(Pupil Pupil, string? ClassName, IReadOnlyList<ParentLink> Parents);
