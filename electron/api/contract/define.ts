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

/** The methods of one prefix: every name in an area starts with `${prefix}.`. */
export type Area<P extends string, M> = { readonly prefix: P; readonly methods: M };

/**
 * Declares one area of the contract (a method prefix and its methods); a name outside the prefix
 * is refused by the type checker and by areaOf at run time.
 */
export function defineArea<P extends string, M extends object>(prefix: P, methods: M & Record<Exclude<keyof M, `${P}.${string}`>, never>): Area<P, M> {
  return areaOf(prefix, methods);
}

/** An area after checking at run time that every name starts with the prefix. */
export function areaOf<P extends string, M extends object>(prefix: P, methods: M): Area<P, M> {
  for (const name of Object.keys(methods)) {
    if (!name.startsWith(`${prefix}.`)) throw new Error(`${name} does not belong to the area ${prefix}`);
  }
  return { prefix, methods };
}

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** All areas' methods in one map; a prefix or a method name given twice throws instead of silently overwriting. */
export function combineAreas<A extends readonly Area<string, object>[]>(...areas: A): Intersection<A[number]['methods']> {
  const all: Record<string, unknown> = {};
  const prefixes = new Set<string>();
  for (const area of areas) {
    if (prefixes.has(area.prefix)) throw new Error(`the area ${area.prefix} is registered twice`);
    prefixes.add(area.prefix);
    for (const [name, method] of Object.entries(area.methods)) {
      if (Object.prototype.hasOwnProperty.call(all, name)) throw new Error(`the method ${name} is registered twice`);
      all[name] = method;
    }
  }
  return all as Intersection<A[number]['methods']>;
}

/** unknown when A and B have the same keys and each is assignable to the other, else never. */
type Exactly<A, B> = [A, keyof A] extends [B, keyof B] ? ([B, keyof B] extends [A, keyof A] ? unknown : never) : never;

/**
 * A schema whose parsed output is exactly the model type T (electron/model): db and imports read T,
 * the API parses with the schema, and a field added on one side only is refused by the type checker.
 */
export function shapeOf<T>() {
  return <S extends z.ZodType<T>>(schema: S & Exactly<z.output<S>, T>): S => schema;
}
