// The registry of schema versions, oldest first. Add a file, append it here; never edit a shipped one.
import { m0001 } from './0001-initial';
import { m0002 } from './0002-meetings-hours';
import { m0003 } from './0003-hours-indexes';
import { m0004 } from './0004-recycle-actor';
import { m0005 } from './0005-cycle';
import { m0006 } from './0006-rectification-tasks';
import { m0007 } from './0007-meeting-counts';
import { m0008 } from './0008-recruits';
import { m0009 } from './0009-member-grade';
import { m0010 } from './0010-dues-terms';
import { m0011 } from './0011-archive';
import { m0012 } from './0012-member-name-key';
import { m0013 } from './0013-archive-piece-numbers';
import { m0014 } from './0014-member-event-import';
import { m0015 } from './0015-member-student-no';
import { m0016 } from './0016-recruit-oath-confirmation-application';
import { m0017 } from './0017-attendance-body';
import { m0018 } from './0018-member-event-recruit';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011, m0012, m0013, m0014, m0015, m0016, m0017, m0018];

export const SCHEMA_VERSION = MIGRATIONS.length === 0 ? 0 : (MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0);
