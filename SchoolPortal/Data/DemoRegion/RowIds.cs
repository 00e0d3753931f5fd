namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// Gives an entity built in memory the id its bulk row gets, the way EF Core sets it on saving (through the private
/// setter): the domain's steps that need a saved record (a camp place's voucher number is made from the id) then run
/// unchanged, and the rows written are the ones the portal's services would have written.
/// </summary>
internal static class RowIds
{
    public static T Give<T>(T entity, int id) where T : class
    {
        var property = typeof(T).GetProperty("Id") ?? throw new InvalidOperationException($"{typeof(T).Name} has no Id.");
        property.SetValue(entity, id);
        return entity;
    }
}
