// npm run icon: renders resources/icon.svg to the files the app and the installer use —
// icon.png (512 px, the window icon on Linux) and icon.ico (16–256 px, the .exe, shortcuts and
// installer). The outputs are committed; tests/unit/packaging.test.ts checks they match the SVG.
import { Resvg } from '@resvg/resvg-js';
import fs from 'node:fs';
import path from 'node:path';

const resources = path.resolve(__dirname, '..', 'resources');
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

export function renderPng(svg: string, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

/** An .ico holding one PNG per size (the PNG-in-ICO form Windows has read since Vista). */
export function buildIco(pngs: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * pngs.length;
  for (const { size, png } of pngs) {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt8(0, 2); // no palette
    e.writeUInt8(0, 3);
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.png)]);
}

export function iconFiles(svg: string): { png: Buffer; ico: Buffer } {
  return { png: renderPng(svg, 512), ico: buildIco(ICO_SIZES.map((size) => ({ size, png: renderPng(svg, size) }))) };
}

if (require.main === module) {
  const { png, ico } = iconFiles(fs.readFileSync(path.join(resources, 'icon.svg'), 'utf8'));
  fs.writeFileSync(path.join(resources, 'icon.png'), png);
  fs.writeFileSync(path.join(resources, 'icon.ico'), ico);
  console.log(`resources/icon.png（512×512）和 resources/icon.ico（${ICO_SIZES.join('、')}）已生成`);
}
