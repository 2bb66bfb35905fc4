/** What the arguments of a field weigh in an operation's cost (cost.ts): one point for each value the request sent. */
import { Kind, type FieldNode, type ValueNode } from 'graphql';

/**
 * The scalar values the request gives a field's arguments, written in the document or sent as variables (lists,
 * input objects and JSON included; defaults not counted), counted without recursion. A variable is counted once
 * an operation (`counted`), however many fields use it.
 */
export function sentValues(node: FieldNode, variables: Record<string, unknown>, counted: Map<string, number>): number {
  let values = 0;
  const literals: ValueNode[] = (node.arguments ?? []).map((a) => a.value);
  while (literals.length > 0) {
    const value = literals.pop()!;
    if (value.kind === Kind.VARIABLE) values += variableValues(value.name.value, variables, counted);
    else if (value.kind === Kind.LIST) for (const item of value.values) literals.push(item);
    else if (value.kind === Kind.OBJECT) for (const field of value.fields) literals.push(field.value);
    else if (value.kind !== Kind.NULL) values += 1;
  }
  return values;
}

function variableValues(name: string, variables: Record<string, unknown>, counted: Map<string, number>): number {
  let values = counted.get(name);
  if (values === undefined) counted.set(name, (values = jsonValues(variables[name])));
  return values;
}

function jsonValues(root: unknown): number {
  let values = 0;
  const json: unknown[] = [root];
  while (json.length > 0) {
    const value = json.pop();
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object') values += 1;
    else if (Array.isArray(value)) for (const item of value) json.push(item);
    else for (const key in value) json.push((value as Record<string, unknown>)[key]);
  }
  return values;
}
