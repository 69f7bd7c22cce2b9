// What 报表中心's catalog says about each ledger and report: the API's catalog entries
// (api/shared/catalog) and the rows reports.catalog sends to the screen are both built on it.

/** `paper`: a wide ledger the clerk may print on A3 (报表中心's 纸张, the CLI's --paper A3). */
export type CatalogParamSet = { year: 'required' | 'optional' | 'none'; quarter: boolean; org: boolean; extra: 'meeting' | 'round' | 'notice' | null; paper?: true };

/** The facts of one catalog item, as the screen shows them. */
export type CatalogFacts = {
  key: string;
  title: string;
  kind: 'ledger' | 'report';
  contains: string;
  params: CatalogParamSet;
  /** The CLI's `export <cli>` subcommand, if it has one (its options follow from params). */
  cli: string | null;
  /** Part of 一键导出台账 (the year's ledgers for one organisation). */
  inPack: boolean;
};
