using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SchoolPortal.Tests.Uploads;

/// <summary>
/// Hostile .xlsx-shaped zips built in the test: the parts of a workbook around a sheet of zeros compressed at the
/// smallest size (1 GiB in about a megabyte), and the same with headers that lie about the sheet's size.
/// </summary>
internal static class ZipBombs
{
    public const string SheetPart = "xl/worksheets/sheet1.xml";
    public const long Expanded = 1L << 30;

    private static readonly Lazy<byte[]> Honest = new(() => Workbook(SheetPart, Expanded));

    /// <summary>About 1 MB that expands to 1 GiB; its headers tell the truth.</summary>
    public static byte[] Bomb() => (byte[])Honest.Value.Clone();

    /// <summary>The bomb whose headers declare the sheet <paramref name="declared"/> bytes long; with <paramref name="forgeCrc"/> its checksum fits those bytes too.</summary>
    public static byte[] Lying(int declared, bool forgeCrc)
    {
        var bomb = Bomb();
        var crc = forgeCrc ? Crc(new byte[declared]) : (uint?)null;
        Patch(bomb, SheetPart, (uint)declared, crc);
        return bomb;
    }

    /// <summary>A workbook-shaped zip whose part <paramref name="part"/> is <paramref name="zeros"/> zero bytes.</summary>
    public static byte[] Workbook(string part, long zeros, int extraEntries = 0)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Text(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Text(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Text(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ученики" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Text(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            for (var i = 0; i < extraEntries; i++)
                zip.CreateEntry($"xl/media/empty{i}.bin");
            using var sheet = zip.CreateEntry(part, CompressionLevel.SmallestSize).Open();
            var block = new byte[1 << 20];
            for (var left = zeros; left > 0; left -= block.Length)
                sheet.Write(block, 0, (int)Math.Min(block.Length, left));
        }
        return output.ToArray();
    }

    private static void Text(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Rewrites the uncompressed size (and maybe the CRC) of <paramref name="part"/> in its local and central headers.</summary>
    private static void Patch(byte[] zip, string part, uint size, uint? crc)
    {
        var name = Encoding.UTF8.GetBytes(part);
        var patched = 0;
        for (var at = 0; at + 46 < zip.Length; at++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at));
            var (crcAt, sizeAt, nameLengthAt, nameAt) = signature switch
            {
                0x04034b50 => (14, 22, 26, 30),
                0x02014b50 => (16, 24, 28, 46),
                _ => (-1, -1, -1, -1),
            };
            if (crcAt < 0 || BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + nameLengthAt)) != name.Length
                || !zip.AsSpan(at + nameAt, name.Length).SequenceEqual(name))
                continue;
            BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + sizeAt), size);
            if (crc is { } c)
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + crcAt), c);
            patched++;
        }
        if (patched != 2)
            throw new InvalidOperationException($"Patched {patched} headers of {part}, expected 2.");
    }

    private static uint Crc(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
