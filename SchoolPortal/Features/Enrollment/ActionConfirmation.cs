using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>What the confirmation dialog of «Зачисление» returns: the refusal reason and the comment, when it asked for them.</summary>
public sealed record ActionConfirmation(RefusalReason? Reason, string? Comment);
