/**
 * Size caps of what clients send, declared beside each field: `@TextField(max, label)` and `@JsonField(maxBytes,
 * label)` on the fields of input types, `@TextArg(name, max, label)` for a String argument of a resolver. A longer
 * value is refused as BAD_USER_INPUT (reason TOO_LONG) with a Chinese message naming the field and its cap, before
 * the resolver runs: `checkCaps` is the schema's validateFn, `@TextArg` carries its own.
 */
import { Arg, Field, type ArgOptions, type FieldOptions, type ValidatorFn } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { BadUserInput } from '../errors.js';

interface Cap {
  field: string;
  label: string;
  max: number;
  json: boolean;
}

const CAPS = new Map<object, Cap[]>();

function register(target: object, cap: Cap): void {
  CAPS.set(target.constructor, [...(CAPS.get(target.constructor) ?? []), cap]);
}

const noted = (options: FieldOptions, note: string) => ({
  ...options,
  description: options.description ? `${options.description}；${note}` : note,
});

/** A String field (`list`: a list of them, each capped) of at most `max` characters. */
export function TextField(max: number, label: string, options: FieldOptions & { list?: boolean } = {}): PropertyDecorator {
  const { list, ...rest } = options;
  return (target, key) => {
    register(target, { field: String(key), label, max, json: false });
    Field(() => (list ? [String] : String), noted(rest, `至多${max}字`))(target, key);
  };
}

/** A JSON field of at most `maxBytes` bytes once encoded. */
export function JsonField(maxBytes: number, label: string, options: FieldOptions = {}): PropertyDecorator {
  return (target, key) => {
    register(target, { field: String(key), label, max: maxBytes, json: true });
    Field(() => GraphQLJSON, noted(options, `至多${maxBytes / 1024} KB`))(target, key);
  };
}

/** A String argument of at most `max` characters. */
export function TextArg(name: string, max: number, label: string, options: ArgOptions = {}): ReturnType<typeof Arg> {
  return Arg(name, () => String, { ...options, validateFn: (value) => checkText({ field: name, label, max, json: false }, value) });
}

function checkText(cap: Cap, value: unknown, index?: number): void {
  if (Array.isArray(value)) return value.forEach((v, i) => checkText(cap, v, i));
  if (typeof value !== 'string' || value.length <= cap.max) return;
  const where = index === undefined ? '' : `第${index + 1}项`;
  throw new BadUserInput(`${cap.label}（${cap.field}）至多${cap.max}个字，${where}现为${value.length}个，请删减后再提交`, {
    field: cap.field,
    reason: 'TOO_LONG',
    max: cap.max,
    ...(index === undefined ? {} : { index }),
  });
}

function checkJson(cap: Cap, value: unknown, index?: number): void {
  if (value === null || value === undefined) return;
  const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
  if (bytes <= cap.max) return;
  const where = index === undefined ? '' : `第${index + 1}项`;
  throw new BadUserInput(
    `${cap.label}（${cap.field}）至多${cap.max / 1024} KB，${where}现为${(bytes / 1024).toFixed(1)} KB，请删减后再提交`,
    {
      field: cap.field,
      reason: 'TOO_LONG',
      max: cap.max,
      ...(index === undefined ? {} : { index }),
    },
  );
}

/** Every cap of an input object (or a list of them), and of the input objects inside it. */
export const checkCaps: ValidatorFn = (value) => checkValue(value, undefined);

function checkValue(value: unknown, index: number | undefined): void {
  if (Array.isArray(value)) return value.forEach((v, i) => isCapped(v) && checkValue(v, i));
  if (!isCapped(value)) return;
  const fields = value as Record<string, unknown>;
  for (const cap of CAPS.get(value.constructor)!) {
    if (cap.json) checkJson(cap, fields[cap.field], index);
    else checkText(cap, fields[cap.field], index);
  }
  for (const nested of Object.values(fields)) if (Array.isArray(nested) || isCapped(nested)) checkValue(nested, index);
}

function isCapped(value: unknown): value is object {
  return value !== null && typeof value === 'object' && CAPS.has(value.constructor);
}
