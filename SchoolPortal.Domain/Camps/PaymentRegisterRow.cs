namespace SchoolPortal.Domain.Camps;

/// <summary>One row of the bank's register as read: the payment line, or why it cannot be one (in Russian, naming the column).</summary>
public sealed record PaymentRegisterRow(int Row, PaymentRegisterLine? Line, string? Error)
{
    public bool IsRead => Line is not null;
}
