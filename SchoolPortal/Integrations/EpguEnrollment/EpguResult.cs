namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>Either a value (a read message, a mapped application) or the list of errors, field by field, that stopped it.</summary>
public sealed record EpguResult<T>(T? Value, IReadOnlyList<EpguMessageError> Errors) where T : class
{
    public bool Succeeded => Value is not null;

    public static EpguResult<T> Success(T value) => new(value, []);

    public static EpguResult<T> Failure(IReadOnlyList<EpguMessageError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(null, errors);
}
