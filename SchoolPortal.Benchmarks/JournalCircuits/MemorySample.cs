namespace SchoolPortal.Benchmarks.JournalCircuits;

/// <summary>
/// The portal's memory with <paramref name="Circuits"/> journals open, after a forced full collection: the resident set
/// (VmRSS of /proc/&lt;pid&gt;/status) and the managed heap the collection left (null when the runtime did not report it).
/// </summary>
public sealed record MemorySample(int Circuits, double ResidentMegabytes, double? GcHeapMegabytes);
