import type { Migration } from './types';

// 件号 are stamped on each 件's 归档章, so once given they must not move. Until now they were
// counted afresh on every read, and a new document (say a 永久 one dated today) pushed every
// later number down by one. Here each document keeps its number:
// - existing documents get the numbers the catalogue showed: live ones 1..n per year in the
//   archivist's order (保管期限 永久→30年→10年, the clerk's category order, date, order filed),
//   deleted ones after them so a restore from 回收站 never meets a taken number;
// - a new document, or one moved to another year, takes the next number of its year (triggers,
//   so every way of filing gets it: the form, 一键归档 from a record, the demo data);
// - renumbering a year is an explicit act (archive.renumber), refused for a sealed year.
// Categories outside the clerk's list sort by code point here, as the catalogue's own order
// (localeCompare) only differs for such leftovers.
export const m0013: Migration = {
  version: 13,
  name: 'archive-piece-numbers',
  up: `
ALTER TABLE documents ADD COLUMN piece_no INTEGER CHECK (piece_no IS NULL OR piece_no > 0);

UPDATE documents SET piece_no = r.n
FROM (
  SELECT d.id, ROW_NUMBER() OVER (
    PARTITION BY d.year
    ORDER BY d.deleted_at IS NOT NULL,
      CASE d.retention WHEN '永久' THEN 0 WHEN '30年' THEN 1 ELSE 2 END,
      CASE WHEN EXISTS (SELECT 1 FROM settings WHERE key = 'archiveCategories')
        THEN coalesce((SELECT CAST(j.key AS INTEGER) FROM settings s, json_each(s.value) j WHERE s.key = 'archiveCategories' AND j.value = d.category), 1000)
        ELSE CASE d.category WHEN '上级来文' THEN 0 WHEN '本级发文' THEN 1 WHEN '方案' THEN 2 WHEN '总结' THEN 3 WHEN '会议记录' THEN 4 WHEN '制度' THEN 5 WHEN '照片' THEN 6 WHEN '其他' THEN 7 ELSE 1000 END
      END,
      d.category, coalesce(d.doc_date, '9999'), d.id
  ) AS n
  FROM documents d
) AS r
WHERE r.id = documents.id;

CREATE UNIQUE INDEX documents_piece ON documents(year, piece_no);

CREATE TRIGGER documents_piece_new AFTER INSERT ON documents WHEN NEW.piece_no IS NULL BEGIN
  UPDATE documents SET piece_no = (SELECT coalesce(max(piece_no), 0) + 1 FROM documents WHERE year = NEW.year) WHERE id = NEW.id;
END;

-- updateDocument clears the number when the year changes; the new year gives the next one.
CREATE TRIGGER documents_piece_moved AFTER UPDATE OF year ON documents WHEN NEW.piece_no IS NULL BEGIN
  UPDATE documents SET piece_no = (SELECT coalesce(max(piece_no), 0) + 1 FROM documents WHERE year = NEW.year) WHERE id = NEW.id;
END;
`,
};
