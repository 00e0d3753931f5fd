namespace SchoolPortal.Features.Readiness;

/// <summary>«1 запись», «3 записи», «5 записей»: the Russian noun form after a number.</summary>
internal static class RussianCount
{
    public static string Of(int n, string one, string few, string many)
    {
        var tens = n % 100;
        var units = n % 10;
        var word = tens is >= 11 and <= 14 ? many : units == 1 ? one : units is >= 2 and <= 4 ? few : many;
        return $"{n} {word}";
    }
}
