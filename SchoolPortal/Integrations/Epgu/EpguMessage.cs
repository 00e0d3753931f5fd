namespace SchoolPortal.Integrations.Epgu;

/// <summary>
/// One portfolio message to EPGU (format <see cref="FormatVersion"/>, documented in docs/epgu.md): the envelope (message
/// id, time, the child's publication version, today's holiday counter) around the <see cref="EpguSnapshot"/>. Only the
/// snapshot is hashed: a new message id, a later time or one day less to the holidays is not a change worth sending.
/// </summary>
/// <param name="Version">The child's publication version: 1 for the first snapshot, +1 for each changed one; a re-send of an
/// undelivered message carries the same version.</param>
/// <param name="DaysToHolidays">«До каникул осталось N дней» on the day of <paramref name="CreatedAt"/>; null when no holiday lies
/// ahead (the snapshot carries the holiday's dates, from which EPGU can count on later days).</param>
public sealed record EpguMessage(string Format, Guid MessageId, DateTimeOffset CreatedAt, int Version, int? DaysToHolidays, EpguSnapshot Snapshot)
{
    public const string FormatVersion = "schoolportal.epgu.portfolio/1";
}
