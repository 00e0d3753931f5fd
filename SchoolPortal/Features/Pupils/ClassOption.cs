namespace SchoolPortal.Features.Pupils;

public sealed record ClassOption(int Id, string Name);
