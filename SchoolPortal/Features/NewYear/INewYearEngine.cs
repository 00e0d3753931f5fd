namespace SchoolPortal.Features.NewYear;

/// <summary>
/// The engine of «Формирование нового учебного года»: the proposals that start a school's plan, the check that every
/// pupil ends in exactly one state, and the final step (open the new year as a background job per school, set-based, one
/// transaction per school, idempotent and resumable) with its undo. The wizard's pages edit the plan's steps themselves
/// and call this for the rest. Every method checks the user's access (school admin: own school; operators: their
/// schools) and throws <see cref="Access.AccessDeniedException"/> or <see cref="Domain.Common.DomainException"/> with a
/// Russian message.
/// </summary>
public interface INewYearEngine
{
    /// <summary>
    /// The school's plan for the year after the current one, created on first call with proposals (returns the existing
    /// one afterwards): the next <see cref="Domain.Schools.AcademicYear"/> (Planned) with this year's study periods and
    /// holiday sets shifted to the new calendar; next year's classes from this year's (5А → 6А, homeroom teacher kept),
    /// new grade-1 classes (and grade 10 where the school has it), the last grade's classes closed; a
    /// <see cref="Domain.NewYear.ClassTransition"/> per class; a <see cref="Domain.NewYear.PupilMove"/> per enrolled pupil
    /// (promotion to the mapped class; graduates of the last grade); workload drafted from this year's where the teacher stays.
    /// </summary>
    Task<int> StartAsync(int schoolId, CancellationToken ct = default);

    /// <summary>Pupils who do not end in exactly one valid state (no move, a target class missing or of the wrong year or grade, a graduate without order...), with the reason in Russian.</summary>
    Task<IReadOnlyList<MovementProblem>> MovementProblemsAsync(int planId, CancellationToken ct = default);

    /// <summary>What opening will change: counts and lists, and what still blocks it.</summary>
    Task<RolloverPreview> PreviewAsync(int planId, CancellationToken ct = default);

    /// <summary>Starts the final step as a long operation (Infrastructure/Operations) for this school; returns its id.</summary>
    Task<Guid> OpenAsync(int planId, CancellationToken ct = default);

    /// <summary>The region or district operator starts the final step for many schools: one job per school; schools not ready are refused with the reason.</summary>
    Task<IReadOnlyList<OpenRequestResult>> OpenManyAsync(IReadOnlyList<int> schoolIds, CancellationToken ct = default);

    /// <summary>Whether the school can be rolled back (only until the first lesson of the new year has marks).</summary>
    Task<UndoCheck> CanUndoAsync(int planId, CancellationToken ct = default);

    /// <summary>Rolls the school back to the previous year's state exactly (set-based, one transaction); the plan is a draft again.</summary>
    Task UndoAsync(int planId, CancellationToken ct = default);

    /// <summary>
    /// «Отменить» of an opening that failed or was interrupted by a restart: its operation is given up and the plan, if still
    /// «Открывается», is a draft again (the opening's transaction left nothing). An opening at work is left alone.
    /// </summary>
    Task CancelOpeningAsync(int planId, CancellationToken ct = default);
}

public sealed record MovementProblem(int PupilId, string PupilName, string? ClassName, string Reason);

public sealed record RolloverPreview(
    int PlanId,
    string SchoolName,
    string FromYear,
    string ToYear,
    IReadOnlyList<string> Blockers,
    int Promoted,
    int Repeaters,
    int Graduates,
    int Leavers,
    int Enrolled,
    int Withdrawn,
    int StaffLeaving,
    IReadOnlyList<RolloverClassLine> Classes,
    IReadOnlyList<RolloverPupilLine> NotPromoted)
{
    public bool CanOpen => Blockers.Count == 0;
}

/// <summary>A class of the new year and how many pupils it will have, from which classes.</summary>
public sealed record RolloverClassLine(int ClassId, string Name, int Pupils, string From);

/// <summary>A pupil whose move is not a plain promotion (repeater, graduate, leaver, new, withdrawn).</summary>
public sealed record RolloverPupilLine(int PupilId, string Name, string? FromClass, string Move, string? ToClass);

public sealed record OpenRequestResult(int SchoolId, string SchoolName, Guid? OperationId, string? Refusal);

public sealed record UndoCheck(bool Allowed, string? Reason);
