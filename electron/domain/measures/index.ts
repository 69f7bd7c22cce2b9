// Measures (指标): every figure the app reports, defined once with its 口径. Screens, ledgers,
// reports, charts and `stats` read from here; the SQL behind them is in electron/db/measures.ts.
export * from './definitions';
export * from './dues';
export * from './hours';
export * from './meetings';
export * from './people';
export * from './periods';
export * from './rates';
