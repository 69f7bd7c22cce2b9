// One way to show a moment on every page: 2026-11-27 15:16 (local time), the same as dates are written.
import dayjs from 'dayjs';

export const formatDateTime = (at: string | null | undefined): string => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—');
