namespace SchoolPortal.Domain.MilitaryRegistration;

/// <summary>
/// One problem of one pupil's data: a stable code (ours, see <see cref="GirVuErrorCodes"/>, or the resource's), the field
/// of the package it is about (see <see cref="GirVuFields"/>) and the Russian text the school reads.
/// </summary>
public sealed record GirVuError(string Code, string Field, string Text);
