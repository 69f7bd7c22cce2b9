// The heavy file libraries load on first use, not when the app starts: requiring exceljs costs
// about 0.4 s, echarts about 0.2 s, jszip and resvg a few tens of ms each, and a clerk who opens the app to look something up never
// writes a workbook or a chart. Each loader runs the library's module once and hands back the same
// module afterwards. The build leaves them out of the bundle (scripts/build.ts): Node reads them from
// node_modules when first asked for.
import type ExcelJSModule from 'exceljs';
import type JSZipModule from 'jszip';

type ExcelJS = typeof ExcelJSModule;
type ECharts = typeof import('echarts');

let excel: Promise<ExcelJS> | null = null;
let charts: Promise<ECharts> | null = null;
let zip: Promise<typeof JSZipModule> | null = null;
let resvg: Promise<typeof import('@resvg/resvg-js')> | null = null;

export function loadExcelJS(): Promise<ExcelJS> {
  excel ??= import('exceljs').then((m) => m.default);
  return excel;
}

/**
 * require, not import(): import() takes echarts' ES modules, a few hundred files (0.8 s of CPU in
 * plain Node, which the bundle keeps import() for; 1.3 s under tsx), require its one-file
 * CommonJS build (0.16 s; 0.3 s under tsx).
 */
export function loadECharts(): Promise<ECharts> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  charts ??= Promise.resolve().then(() => require('echarts') as ECharts);
  return charts;
}

export function loadJSZip(): Promise<typeof JSZipModule> {
  zip ??= import('jszip').then((m) => m.default);
  return zip;
}

/** resvg's native module, for chart pictures in Word documents. */
export function loadResvg(): Promise<typeof import('@resvg/resvg-js')> {
  resvg ??= import('@resvg/resvg-js');
  return resvg;
}
