// SVG charts to PNG for Word documents, with the system's fonts (Chinese labels need a CJK face).
import { Resvg } from '@resvg/resvg-js';

/** PNG bytes at `scale` times the SVG's own size, so the image stays sharp when printed. */
export function svgToPng(svg: string, scale = 2): Buffer {
  const r = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' }, fitTo: { mode: 'zoom', value: scale }, background: 'white' });
  return Buffer.from(r.render().asPng());
}
