namespace SchoolPortal.Domain.Camps;

/// <summary>
/// Matches the bank's payment register with the places waiting for payment: by voucher number and exact amount. A line
/// that does not match is listed with its reason and never applied: a wrong sum is the bank's or the parent's to sort out,
/// not the portal's to guess.
/// </summary>
public static class PaymentRegisterMatcher
{
    /// <param name="byVoucher">The applications of the register's voucher numbers (absent numbers are unknown).</param>
    /// <param name="mayApply">Whether the one applying keeps this application (a municipal operator: their district's); null: every one.</param>
    public static IReadOnlyList<PaymentMatch> Match(IEnumerable<PaymentRegisterLine> lines, IReadOnlyDictionary<string, CampApplication> byVoucher,
        Func<CampApplication, bool>? mayApply = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<PaymentMatch>();
        foreach (var line in lines)
        {
            if (!seen.Add(line.VoucherNumber))
                result.Add(new PaymentMatch(line, PaymentMatchKind.RepeatedInRegister, null,
                    $"Путевка № {line.VoucherNumber} уже встречалась в этом реестре выше: повторный платеж не зачтен."));
            else if (!byVoucher.TryGetValue(line.VoucherNumber, out var application))
                result.Add(new PaymentMatch(line, PaymentMatchKind.UnknownVoucher, null,
                    $"Путевки № {line.VoucherNumber} нет среди предоставленных мест."));
            else if (mayApply is not null && !mayApply(application))
                result.Add(new PaymentMatch(line, PaymentMatchKind.OtherDistrict, null,
                    $"Путевка № {line.VoucherNumber} выдана в другом муниципалитете: платеж зачитывает его орган управления образованием или оператор региона."));
            else if (application.Status != CampApplicationStatus.Granted)
                result.Add(new PaymentMatch(line, PaymentMatchKind.NotAwaitingPayment, application,
                    $"Путевка № {line.VoucherNumber} не ожидает оплаты: заявление «{application.StatusName}»."));
            else if (application.AmountDue != line.Amount)
                result.Add(new PaymentMatch(line, PaymentMatchKind.WrongAmount, application,
                    $"Путевка № {line.VoucherNumber}: оплачено {CampNumbers.Money(line.Amount)}, а к оплате {CampNumbers.Money(application.AmountDue ?? 0)}."));
            else
                result.Add(new PaymentMatch(line, PaymentMatchKind.Applied, application, null));
        }
        return result;
    }
}
