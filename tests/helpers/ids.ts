import { idCheckChar } from '../../electron/domain/idNumber';

/** A valid ID number for a birth date ("19900307") and serial (odd = 男). */
export function validId(birth: string, serial: number, region = '430102'): string {
  const first17 = `${region}${birth}${String(serial).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}
