/**
 * Draws the add-in icons (assets/icon-16/32/64/80.png): a teal rounded square with a white city
 * skyline — three buildings of different heights standing on a base line. Pure pixel arithmetic with
 * anti-aliased edges (4×4 supersampling), so the output is byte-for-byte deterministic; run
 * `npm run icons` after changing it and commit the PNGs.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";

export const ICON_SIZES = [16, 32, 64, 80] as const;

const BACKGROUND = [0x0f, 0x6c, 0xbd] as const; // Office-like blue
const GLYPH = [0xff, 0xff, 0xff] as const;

/** Is the point (x, y) in unit coordinates (0–1) inside the rounded square? */
function inRoundedSquare(x: number, y: number): boolean {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Buildings as [left, top, right, bottom] in unit coordinates, plus a ground line. */
const SHAPES: ReadonlyArray<readonly [number, number, number, number]> = [
  [0.2, 0.45, 0.38, 0.78],
  [0.42, 0.22, 0.58, 0.78],
  [0.62, 0.35, 0.8, 0.78],
  [0.16, 0.78, 0.84, 0.84],
];

function inGlyph(x: number, y: number): boolean {
  return SHAPES.some(([l, t, r, b]) => x >= l && x < r && y >= t && y < b);
}

export function drawIcon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const ss = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let glyph = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          if (!inRoundedSquare(x, y)) continue;
          cover++;
          if (inGlyph(x, y)) glyph++;
        }
      }
      const i = (py * size + px) * 4;
      const g = cover ? glyph / cover : 0;
      for (let c = 0; c < 3; c++) png.data[i + c] = Math.round(BACKGROUND[c]! * (1 - g) + GLYPH[c]! * g);
      png.data[i + 3] = Math.round((cover / (ss * ss)) * 255);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

if (require.main === module) {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, drawIcon(size));
    console.log(`wrote ${file}`);
  }
}
