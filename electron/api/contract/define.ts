// The shape of one API method: its input schema, whether it writes, and (as a phantom) its output.
import type { z } from 'zod';

export type MethodDef<I extends z.ZodType, O> = {
  input: I;
  write: boolean;
  /** Never set: carries the output type for the client and the handler map. */
  readonly __output?: (o: O) => void;
};

export function read<O>() {
  return <I extends z.ZodType>(input: I): MethodDef<I, O> => ({ input, write: false });
}

export function write<O>() {
  return <I extends z.ZodType>(input: I): MethodDef<I, O> => ({ input, write: true });
}

/** A file the user saves: bytes and a suggested name; the host decides where it goes. */
export type FileOut = { kind: 'file'; fileName: string; mime: string; base64: string };

export type Page<T> = { rows: T[]; total: number; page: number; pageSize: number };
