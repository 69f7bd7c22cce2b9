// The one year picker: a number box with 年 after it, the same on every page that shows a year's work.
import { InputNumber } from 'antd';

type Props = { value: number; onChange: (year: number) => void; 'aria-label'?: string; min?: number };

export function YearPicker({ value, onChange, 'aria-label': label = '年度', min = 2000 }: Props) {
  return <InputNumber aria-label={label} min={min} max={2100} precision={0} value={value} onChange={(v) => v && onChange(v)} addonAfter="年" style={{ width: 120 }} />;
}
