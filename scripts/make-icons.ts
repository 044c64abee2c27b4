// Draws the toolbar and store icons (public/icon/<size>.png): a lens over a rounded square.
// Run `npx tsx scripts/make-icons.ts` after changing the drawing; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 4;

type Rgba = [number, number, number, number];

/** Colour at a point of the unit square (0..1), or null for transparent. */
function paint(x: number, y: number): Rgba | null {
  // Rounded square background.
  const r = 0.2;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return null;
  const bg: Rgba = [17, 73, 160, 255];
  // Lens ring centred at (0.43, 0.43), handle towards the bottom right.
  const cx = 0.43;
  const cy = 0.43;
  const d = Math.hypot(x - cx, y - cy);
  if (d > 0.2 && d < 0.29) return [255, 255, 255, 255];
  const along = (x - cx + (y - cy)) / Math.SQRT2;
  const across = Math.abs(x - cx - (y - cy)) / Math.SQRT2;
  if (along > 0.27 && along < 0.52 && across < 0.065) return [255, 255, 255, 255];
  // A check mark inside the lens.
  if (d <= 0.2) {
    const onStroke = (ax: number, ay: number, bx: number, by: number) => {
      const t = Math.max(
        0,
        Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
      );
      return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) < 0.035;
    };
    if (onStroke(0.34, 0.44, 0.41, 0.51) || onStroke(0.41, 0.51, 0.53, 0.36)) return [255, 214, 102, 255];
    return [36, 104, 206, 255];
  }
  return bg;
}

function pixels(size: number): Buffer {
  const out = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    out[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = paint((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (c === null) continue;
          acc[0] += c[0] * c[3];
          acc[1] += c[1] * c[3];
          acc[2] += c[2] * c[3];
          acc[3] += c[3];
        }
      }
      const n = SUPERSAMPLE * SUPERSAMPLE;
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const a = acc[3] / n;
      out[o] = a ? Math.round(acc[0] / acc[3]) : 0;
      out[o + 1] = a ? Math.round(acc[1] / acc[3]) : 0;
      out[o + 2] = a ? Math.round(acc[2] / acc[3]) : 0;
      out[o + 3] = Math.round(a);
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, png(size));
console.log(`wrote public/icon/{${SIZES.join(',')}}.png`);
