using System.Globalization;
using System.Text.Json;

namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// One JSON object of a message, read field by field: every problem becomes an error naming the field's path in Russian, and
/// the reading goes on, so a parent's application is refused with all its errors at once. <see cref="End"/> reports the
/// fields the format does not have. Absent and null are the same; a string of spaces is absent.
/// </summary>
internal sealed class EpguJsonObject
{
    private readonly JsonElement _element;
    private readonly string _path;
    private readonly List<EpguMessageError> _errors;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private EpguJsonObject(JsonElement element, string path, List<EpguMessageError> errors)
    {
        _element = element;
        _path = path;
        _errors = errors;
    }

    /// <summary>The message itself; null (with an error) when the document is not an object.</summary>
    public static EpguJsonObject? Root(JsonElement element, List<EpguMessageError> errors)
    {
        if (element.ValueKind == JsonValueKind.Object)
            return new EpguJsonObject(element, "", errors);
        errors.Add(new EpguMessageError("", "Сообщение должно быть объектом JSON ({ … })."));
        return null;
    }

    public bool HasErrors => _errors.Count > 0;

    public string? String(string name, int maxLength, bool required = false)
    {
        if (Value(name, required) is not { } value)
            return null;
        if (value.ValueKind != JsonValueKind.String)
            return Fail<string>(name, "ожидается строка.");
        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
            return required ? Fail<string>(name, "обязательное поле не заполнено.") : null;
        if (text.Length > maxLength)
            return Fail<string>(name, $"не длиннее {maxLength} символов, в поле {text.Length}.");
        if (text.Any(char.IsControl))
            return Fail<string>(name, "недопустимые управляющие символы (перевод строки, табуляция и подобные).");
        return text.Trim();
    }

    /// <summary>A value from a fixed list of codes, compared exactly.</summary>
    public string? Code(string name, IReadOnlyCollection<string> allowed, bool required = false)
    {
        var code = String(name, 40, required);
        if (code is null || allowed.Contains(code))
            return code;
        return Fail<string>(name, $"неизвестное значение «{code}»; допустимо: {string.Join(", ", allowed)}.");
    }

    public long? PositiveLong(string name, bool required = false)
    {
        if (Value(name, required) is not { } value)
            return null;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
            return Fail(name, "ожидается целое число.");
        return number > 0 ? number : Fail(name, "ожидается положительное число.");
    }

    /// <summary>
    /// A list of 1 to <paramref name="maxCount"/> distinct positive integers (ids), in the message's order; each element's
    /// error names it («shifts[1]»). Null when absent or wrong.
    /// </summary>
    public IReadOnlyList<int>? Ids(string name, int maxCount, bool required = false)
    {
        if (Value(name, required) is not { } value)
            return null;
        if (value.ValueKind != JsonValueKind.Array)
            return Fail<IReadOnlyList<int>>(name, "ожидается список ([ … ]).");
        var count = value.GetArrayLength();
        if (count == 0 || count > maxCount)
            return Fail<IReadOnlyList<int>>(name, $"от 1 до {maxCount} значений, в списке {count}.");
        var ids = new List<int>(count);
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = $"{name}[{index++}]";
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var id) || id <= 0)
                Error(path, "ожидается положительное целое число.");
            else if (ids.Contains(id))
                Error(path, $"значение {id} уже есть в списке.");
            else
                ids.Add(id);
        }
        return ids.Count == count ? ids : null;
    }

    public bool? Bool(string name, bool required = false)
    {
        if (Value(name, required) is not { } value)
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => FailBool(name),
        };
    }

    public DateOnly? Date(string name, bool required = false)
    {
        if (Value(name, required) is not { } value)
            return null;
        if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: 10 } text
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        return FailDate(name, "ожидается дата в виде ГГГГ-ММ-ДД, например 2020-03-14.");
    }

    /// <summary>An instant with its offset: «2027-04-01T09:00:05+05:00»; a time without an offset is ambiguous and refused.</summary>
    public DateTimeOffset? Instant(string name, bool required = false)
    {
        if (Value(name, required) is not { } value)
            return null;
        if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: >= 20 and <= 40 } text
            && (text.EndsWith('Z') || text[^6] is '+' or '-')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            return at;
        return FailInstant(name);
    }

    public EpguJsonObject? Object(string name, bool required = false)
    {
        if (Value(name, required) is not { } value)
            return null;
        if (value.ValueKind != JsonValueKind.Object)
            return Fail<EpguJsonObject>(name, "ожидается объект ({ … }).");
        return new EpguJsonObject(value, PathOf(name), _errors);
    }

    /// <summary>An error about this object as a whole, or about a field of it.</summary>
    public void Error(string? name, string text) => _errors.Add(new EpguMessageError(name is null ? _path : PathOf(name), text));

    /// <summary>Reports the fields this version of the format does not have, and fields given twice.</summary>
    public void End()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in _element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
                Error(Safe(property.Name), "поле указано дважды.");
            else if (!_known.Contains(property.Name))
                Error(Safe(property.Name), $"такого поля нет в версии {EpguEnrollmentFormat.Version} формата.");
        }
    }

    public string PathOf(string name) => _path.Length == 0 ? name : $"{_path}.{name}";

    private JsonElement? Value(string name, bool required)
    {
        _known.Add(name);
        if (_element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
            return value;
        if (required)
            Error(name, "обязательное поле не указано.");
        return null;
    }

    private T? Fail<T>(string name, string text) where T : class
    {
        Error(name, text);
        return null;
    }

    private long? Fail(string name, string text)
    {
        Error(name, text);
        return null;
    }

    private bool? FailBool(string name)
    {
        Error(name, "ожидается true или false.");
        return null;
    }

    private DateOnly? FailDate(string name, string text)
    {
        Error(name, text);
        return null;
    }

    private DateTimeOffset? FailInstant(string name)
    {
        Error(name, "ожидаются дата и время ISO 8601 со смещением, например 2027-04-01T09:00:05+05:00.");
        return null;
    }

    /// <summary>An unknown field's name as the error shows it: cut, so a file cannot fill the error file with one name.</summary>
    private static string Safe(string name) => name.Length <= 60 ? name : name[..60] + "…";
}
