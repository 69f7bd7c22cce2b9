// A date picker whose value is ISO text ("2024-03-01"), the form the API takes.
import { DatePicker } from 'antd';
import dayjs from 'dayjs';

type Props = { value?: string | null; onChange?: (v: string | null) => void; placeholder?: string; id?: string; picker?: 'date' | 'month' };

export function DateField({ value, onChange, placeholder, id, picker = 'date' }: Props) {
  const fmt = picker === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD';
  return (
    <DatePicker
      id={id}
      picker={picker}
      style={{ width: '100%' }}
      format={fmt}
      placeholder={placeholder ?? (picker === 'month' ? '如 2024-03' : '如 2024-03-01')}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? d.format(fmt) : null)}
    />
  );
}

export const todayText = () => dayjs().format('YYYY-MM-DD');
