// SVG charts to PNG for Word documents. Loading a CJK font costs most of a second for each
// rendering, so the first CJK sans face found among the usual places is loaded alone (resvg scans
// the system fonts only when none is found), and several charts are drawn in one rendering.
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { loadResvg } from './lazyLibs';
import fs from 'node:fs';
import path from 'node:path';
import { encodePng } from './pngEncode';

const WINDOWS_FONTS = path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts');
const CANDIDATES: { files: string[]; family: string }[] = [
  // One regular face each: every font file loaded adds its parsing time to every rendering.
  { files: [path.join(WINDOWS_FONTS, 'msyh.ttc')], family: 'Microsoft YaHei' },
  { files: [path.join(WINDOWS_FONTS, 'simhei.ttf')], family: 'SimHei' },
  { files: ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'], family: 'Noto Sans CJK SC' },
  { files: ['/System/Library/Fonts/PingFang.ttc'], family: 'PingFang SC' },
];

let chosen: { files: string[]; family: string } | null | undefined;

function cjkFont(): { files: string[]; family: string } | null {
  if (chosen === undefined) {
    const found = CANDIDATES.find((c) => fs.existsSync(c.files[0]!));
    chosen = found ? { family: found.family, files: found.files.filter((f) => fs.existsSync(f)) } : null;
  }
  return chosen;
}

function options(scale: number): ResvgRenderOptions {
  const f = cjkFont();
  const font = f ? { loadSystemFonts: false, fontFiles: f.files, defaultFontFamily: f.family, sansSerifFamily: f.family } : { loadSystemFonts: true };
  return { font, fitTo: { mode: 'zoom', value: scale }, background: 'white' };
}

/**
 * Several SVGs of the same size as PNGs, drawn in one rendering (one font load): stacked into one
 * tall SVG, rendered once, then cut apart row by row.
 */
export async function svgsToPngs(svgs: string[], size: { width: number; height: number }, scale = 2): Promise<Buffer[]> {
  const stacked = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height * svgs.length}">${svgs
    .map((svg, i) => svg.replace(/^\s*<svg\b/, `<svg x="0" y="${i * size.height}"`))
    .join('')}</svg>`;
  const img = await (await loadResvg()).renderAsync(stacked, options(scale));
  const h = Math.round(size.height * scale);
  return svgs.map((_, i) => encodePng(img.pixels, img.width, i * h, h));
}
