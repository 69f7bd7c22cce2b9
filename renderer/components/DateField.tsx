// A date box whose value is ISO text ("2024-03-01"), the form the API takes. Clerks type dates
// as they write them (2026-3-5, 2026.3.5, 2026/3/5, 20260305, 2026年3月5日) or pick one from a
// calendar. Typing replaces a pre-filled date instead of appending to it, and an entry that
// cannot be read keeps its text and says so: it is passed on as typed, so the form (or the API's
// date check) refuses to save it rather than quietly saving another date.
import { CalendarOutlined } from '@ant-design/icons';
import { Calendar, Input, Popover, Typography, type InputRef } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { isIsoDateOrMonth, parseChineseDate } from '../../electron/domain/dates';

type Picker = 'date' | 'month';
type Props = { value?: string | null; onChange?: (v: string | null) => void; placeholder?: string; id?: string; picker?: Picker; 'aria-label'?: string };

/** The ISO value typed text stands for, or the reason it cannot be read. */
export function readDateText(text: string, picker: Picker): { ok: true; value: string | null } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, value: null };
  const p = parseChineseDate(text);
  if (!p.ok) return p;
  if (picker === 'month') return { ok: true, value: p.value.slice(0, 7) };
  if (p.value.length === 7) return { ok: false, message: `“${text.trim()}”缺少日，请写成 2026-03-05` };
  return p;
}

/** Whether a DateField's value is a real date (an unreadable entry is passed on as typed). */
export const isDateValue = (v: string | null | undefined): v is string => !!v && isIsoDateOrMonth(v);

export function DateField({ value, onChange, placeholder, id, picker = 'date', 'aria-label': ariaLabel }: Props) {
  const [text, setText] = useState(value ?? '');
  const [error, setError] = useState<string>();
  const [open, setOpen] = useState(false);
  const emitted = useRef(value ?? null);
  const input = useRef<InputRef>(null);
  // Whether the clerk has typed since the box took the focus: until then a click selects the whole date.
  const edited = useRef(false);

  // A value set from outside (a form reset, a record loaded) replaces what is shown.
  useEffect(() => {
    if ((value ?? null) === emitted.current) return;
    emitted.current = value ?? null;
    setText(value ?? '');
    setError(undefined);
  }, [value]);

  const emit = (v: string | null) => {
    emitted.current = v;
    if (v !== (value ?? null)) onChange?.(v);
  };
  const commit = () => {
    const r = readDateText(text, picker);
    if (r.ok) {
      setError(undefined);
      setText(r.value ?? '');
      emit(r.value);
    } else {
      setError(r.message);
      emit(text.trim());
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter confirms the date, as in a date picker, and does not submit the form half-filled.
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    }
  };
  const picked = (d: dayjs.Dayjs) => {
    const v = d.format(picker === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD');
    setText(v);
    setError(undefined);
    emit(v);
    setOpen(false);
  };
  const calendar = (
    <div style={{ width: 300 }}>
      <Calendar
        fullscreen={false}
        mode={picker === 'month' ? 'year' : 'month'}
        value={isDateValue(value) ? dayjs(value) : dayjs()}
        onSelect={(d, info) => {
          if (info.source === (picker === 'month' ? 'month' : 'date')) picked(d);
        }}
      />
    </div>
  );
  return (
    <div>
      <Input
        id={id}
        aria-label={ariaLabel}
        value={text}
        status={error ? 'error' : undefined}
        placeholder={placeholder ?? (picker === 'month' ? '如 2024-03' : '如 2024-03-01')}
        maxLength={20}
        onChange={(e) => {
          edited.current = true;
          setText(e.target.value);
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
        ref={input}
        // The whole pre-filled date is selected, so what the clerk types replaces it; a click
        // into the box would otherwise drop the caret into the date and type onto its end.
        onFocus={(e) => {
          edited.current = false;
          e.target.select();
        }}
        onMouseDown={(e) => {
          const el = input.current?.input;
          if (!el || e.target !== el || edited.current || el.value === '') return;
          e.preventDefault();
          el.focus();
          el.select();
        }}
        suffix={
          <Popover content={calendar} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight" destroyOnHidden>
            <CalendarOutlined aria-label="打开日历" style={{ color: 'rgba(0,0,0,0.45)', cursor: 'pointer' }} />
          </Popover>
        }
      />
      {error && (
        <Typography.Text type="danger" style={{ fontSize: 12 }} role="alert">
          {error}
        </Typography.Text>
      )}
    </div>
  );
}

export const todayText = () => dayjs().format('YYYY-MM-DD');

/** For antd's range pickers (filters): shown as the first, typed as any of these. */
export const DATE_INPUT_FORMATS = ['YYYY-MM-DD', 'YYYY-M-D', 'YYYY.M.D', 'YYYY/M/D', 'YYYYMMDD', 'YYYY年M月D日'];
