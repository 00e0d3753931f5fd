using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data;

/// <summary>Value objects stored as one column. Reading restores the stored text without checks (see Snils.Restore).</summary>
internal static class ValueConverters
{
    public static readonly ValueConverter Snils = new ValueConverter<Snils, string>(v => v.Value, s => Domain.People.Snils.Restore(s));
    public static readonly ValueConverter Phone = new ValueConverter<PhoneNumber, string>(v => v.Value, s => PhoneNumber.Restore(s));
    public static readonly ValueConverter Email = new ValueConverter<Email, string>(v => v.Value, s => Domain.People.Email.Restore(s));
    public static readonly ValueConverter Address = new ValueConverter<Address, string>(v => v.Text, s => Domain.People.Address.Restore(s));
    public static readonly ValueConverter Inn = new ValueConverter<Inn, string>(v => v.Value, s => Domain.Schools.Inn.Restore(s));
    public static readonly ValueConverter Marks = new ValueConverter<MarkList, string>(v => v.Encode(), s => MarkList.Decode(s));
    public static readonly ValueConverter MarkValue = new ValueConverter<MarkValue, int>(v => v.Code, c => Domain.Journal.MarkValue.FromCode(c));
    public static readonly ValueConverter Ogrn = new ValueConverter<Ogrn, string>(v => v.Value, s => Domain.Schools.Ogrn.Restore(s));
}
