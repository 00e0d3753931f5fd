# Draws the portal's favicon (a white book on the MudBlazor primary blue) as a 32x32 PNG inside an .ico container.
import struct, zlib, sys
W = H = 32
blue = (0x59, 0x4A, 0xE2, 255)
white = (255, 255, 255, 255)
clear = (0, 0, 0, 0)
def pixel(x, y):
    # rounded square background
    r = 6
    cx = min(max(x, r), W - 1 - r); cy = min(max(y, r), H - 1 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return clear
    # an open book: two pages with a spine in the middle
    if 8 <= y <= 24 and 5 <= x <= 26 and x not in (15, 16):
        return white
    return blue
rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(W)) for y in range(H))
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 6, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
ico = struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", W, H, 0, 0, 1, 32, len(png), 6 + 16) + png
open(sys.argv[1], "wb").write(ico)
