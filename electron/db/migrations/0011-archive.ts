import type { Migration } from './types';

// 档案管理: documents with 文号, 责任者, date, category, branch, retention and files (kept by
// content hash in attachments). A document filed from a record of the app names its source
// (kind + id, and a ref where one record files several documents, e.g. each branch's
// submission of a task) so filing it again updates it. Deleted softly into 回收站.
// documents_fts: one row per document (rowid = documents.id) over title, 文号, 责任者 and the text
// of its files, trigram-tokenised so Chinese phrases match anywhere.
export const m0011: Migration = {
  version: 11,
  name: '档案管理: documents, their files, extracted text and full-text search',
  up: `
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  wenhao TEXT,
  author TEXT,
  doc_date TEXT,
  year INTEGER NOT NULL,
  category TEXT NOT NULL,
  org_id INTEGER REFERENCES orgs(id),
  retention TEXT NOT NULL CHECK (retention IN ('永久','30年','10年')),
  pages INTEGER CHECK (pages IS NULL OR pages >= 0),
  remarks TEXT,
  source_kind TEXT CHECK (source_kind IN ('meeting','task','awardRound','export')),
  source_id INTEGER,
  source_ref TEXT,
  deleted_at TEXT,
  deleted_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX documents_year ON documents(year, category, org_id) WHERE deleted_at IS NULL;
CREATE INDEX documents_org ON documents(org_id, year) WHERE deleted_at IS NULL;
-- The list's order (newest first): a page without filters is read straight off this index.
CREATE INDEX documents_newest ON documents(year DESC, doc_date DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX documents_source ON documents(source_kind, source_id, source_ref) WHERE source_kind IS NOT NULL;
CREATE INDEX documents_wenhao ON documents(wenhao) WHERE wenhao IS NOT NULL;
CREATE INDEX documents_deleted ON documents(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE document_files (
  document_id INTEGER NOT NULL REFERENCES documents(id),
  attachment_id INTEGER NOT NULL REFERENCES attachments(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (document_id, attachment_id)
) WITHOUT ROWID;

-- Text and page count read from a file once per content: the same bytes filed twice are read once.
CREATE TABLE file_texts (
  sha256 TEXT PRIMARY KEY,
  text TEXT NOT NULL,
  pages INTEGER
) WITHOUT ROWID;

CREATE VIRTUAL TABLE documents_fts USING fts5(title, wenhao, author, body, tokenize = 'trigram');
`,
};
