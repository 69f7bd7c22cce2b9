// 元 shown and typed, fen stored.
export const yuan = (fen: number | null | undefined): string => (fen === null || fen === undefined ? '' : (fen / 100).toFixed(2));
export const toFen = (yuanValue: number): number => Math.round(yuanValue * 100);
export const monthText = (m: string): string => `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`;
