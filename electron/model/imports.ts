// What an import found and would change, row by row: the parsers and plans in electron/imports
// produce these, the API answers with them, the CLI prints them with --json.
export type RowIssue = { row: number; column: string; message: string };

export type RowChange = { row: number; name: string; fields: { label: string; before: string; after: string }[] };

/** What an import did, or (for a preview) would do. The CLI prints this shape with --json. */
export type ImportReport = {
  imported: number;
  updated: number;
  createdOrgs: string[];
  errors: RowIssue[];
  warnings: RowIssue[];
};

export type ImportPreview = ImportReport & {
  /** Data rows found in the sheet. */
  rowCount: number;
  sheetName: string;
  headerRow: number;
  /** Columns recognised: the header text and the field (key) it feeds. */
  columns: { header: string; field: string; label: string }[];
  ignoredColumns: string[];
  /** Every titled column of the header row with the field it feeds, or null for 未使用. */
  sheetColumns: { col: number; letter: string; header: string; field: string | null; note: string | null }[];
  /** The fields a column can be mapped to. */
  fieldOptions: { field: string; label: string; required: boolean }[];
  /** Required fields no column feeds (labels): the clerk maps a column before anything is checked. */
  missingRequired: string[];
  needsMapping: boolean;
  /** The mapping came from an earlier import of the same layout. */
  layoutRemembered: boolean;
  /** Each row that would update someone already recorded: what changes, before → after. */
  changes: RowChange[];
  /** Rows refused until the clerk confirms them (an ID number that names someone else). */
  confirmable: number[];
  written: boolean;
};
