// The Word exports, loaded when a document is first made: they pull in the docx library, which a
// clerk who opens the app to look something up never needs, so it stays out of the start-up.
// require, not import(): a dynamic import() of a .ts file goes to Node's ESM loader, which the
// in-process test host (Playwright) does not transpile, while every host hooks require; esbuild
// bundles these requires and still runs each module only on its first call.
/* eslint-disable @typescript-eslint/no-require-imports */
export const wordKits = {
  docKit: () => require('./docKit') as typeof import('./docKit'),
  minutes: () => require('./minutesDoc') as typeof import('./minutesDoc'),
  hoursReport: () => require('./hoursReport') as typeof import('./hoursReport'),
  recruitNotices: () => require('./recruitNotices') as typeof import('./recruitNotices'),
  cycleNotices: () => require('./cycleNotices') as typeof import('./cycleNotices'),
  summaryReports: () => require('./summaryReports') as typeof import('./summaryReports'),
};
