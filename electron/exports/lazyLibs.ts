// The heavy file libraries load on first use, not when the app starts: requiring exceljs costs
// about 0.4 s and echarts about 0.2 s, and a clerk who opens the app to look something up never
// writes a workbook or a chart. Each loader runs the library's module once and hands back the same
// module afterwards. (In the bundle esbuild keeps each library behind a lazy init function.)
import type ExcelJSModule from 'exceljs';

type ExcelJS = typeof ExcelJSModule;
type ECharts = typeof import('echarts');

let excel: Promise<ExcelJS> | null = null;
let charts: Promise<ECharts> | null = null;

export function loadExcelJS(): Promise<ExcelJS> {
  excel ??= import('exceljs').then((m) => m.default);
  return excel;
}

export function loadECharts(): Promise<ECharts> {
  charts ??= import('echarts');
  return charts;
}
