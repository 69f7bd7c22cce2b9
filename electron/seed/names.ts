// Plausible people for demo and benchmark data: names, valid ID numbers, phones.
import { idCheckChar } from '../domain/idNumber';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥兰建国文斌辉鹏飞宇浩然晨阳雪梅婷欣怡子涵思远志明海波俊峰丹凤佳琪天宇一鸣晓东春燕秋月';
// Hunan prefecture codes (娄底, 长沙, 湘潭 …), matching the seed documents' college.
const REGIONS = ['431302', '431321', '431322', '431381', '431382', '430102', '430103', '430104', '430302', '430521', '430624', '430725'];

/** A small deterministic generator, so the same seed gives the same data. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

export function personName(r: () => number): string {
  const given = Array.from({ length: r() < 0.7 ? 2 : 1 }, () => pick(r, [...GIVEN])).join('');
  return pick(r, [...SURNAMES]) + given;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isoDay(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(Math.min(d, 28))}`;
}

/** A valid 18-digit ID; serial makes it unique within a run. */
export function idNumber(r: () => number, birth: string, gender: '男' | '女', serial: number): string {
  const region = pick(r, REGIONS);
  const seq = (serial % 500) * 2 + (gender === '男' ? 1 : 0); // the 17th digit's parity is the gender
  const first17 = `${region}${birth.replace(/-/g, '')}${pad(Math.floor(seq / 10) % 100)}${seq % 10}`;
  return first17 + idCheckChar(first17);
}

export function phone(r: () => number): string {
  return `1${pick(r, ['3', '5', '7', '8', '9'])}${Array.from({ length: 9 }, () => Math.floor(r() * 10)).join('')}`;
}

/** Mostly 汉族, some of Hunan's other peoples. */
export const ethnicity = (r: () => number): string => (r() < 0.9 ? '汉族' : pick(r, ['土家族', '苗族', '侗族', '瑶族']));

export const nativePlace = (r: () => number): string => pick(r, ['湖南娄底', '湖南长沙', '湖南湘潭', '湖南邵阳', '湖南衡阳', '江西萍乡']);
