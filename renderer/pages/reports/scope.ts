// The year, quarter and org that 报表中心 exports for, chosen at the top of the page.
export type Scope = { year: number; quarter?: number; orgId?: number };
