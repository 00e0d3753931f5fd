namespace SchoolPortal.Infrastructure.Uploads;

/// <summary>The zip format's CRC-32 (IEEE 802.3, reflected), to compare a part's bytes with the checksum its header declares.</summary>
internal struct Crc32
{
    private static readonly uint[] Table = BuildTable();
    private uint _state;

    public Crc32() => _state = 0xFFFFFFFFu;

    public readonly uint Value => ~_state;

    public void Append(ReadOnlySpan<byte> bytes)
    {
        var state = _state;
        foreach (var b in bytes)
            state = Table[(state ^ b) & 0xFF] ^ (state >> 8);
        _state = state;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
