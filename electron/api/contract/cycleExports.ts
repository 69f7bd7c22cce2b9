// The 创先争优 ledgers (.xlsx) and notices (.docx), each one call returning the file.
import { z } from 'zod';
import { defineArea, read, type FileOut } from './define';
import { id } from './common';
import { year } from './common';

const scope = z.object({ year, orgId: id.optional() }).strict();

export const cycleExportsContract = defineArea('cycleExports', {
  'cycleExports.commitments': read<FileOut>()(scope),
  'cycleExports.evaluations': read<FileOut>()(scope),
  'cycleExports.satisfaction': read<FileOut>()(scope),
  'cycleExports.grading': read<FileOut>()(scope),
  'cycleExports.awards': read<FileOut>()(z.object({ year }).strict()),
  'cycleExports.awardNotice': read<FileOut>()(z.object({ roundId: id }).strict()),
  'cycleExports.gradingNotice': read<FileOut>()(z.object({ year }).strict()),
});
