import { isEnumType, isInputObjectType, isObjectType, isSpecifiedScalarType, type GraphQLNamedType } from 'graphql';
import { expect, test } from 'vitest';
import { buildGraphQLSchema } from '../src/app.js';

/** The schema coordinates (Type, Type.field, Type.field(arg), Enum.VALUE) of the type and what it holds without a description. */
function undescribed(type: GraphQLNamedType): string[] {
  const missing: string[] = [];
  const check = (coordinate: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(coordinate);
  };
  check(type.name, type.description);
  if (isObjectType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      check(`${type.name}.${field.name}`, field.description);
      for (const arg of 'args' in field ? field.args : []) check(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
    }
  }
  if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
  return missing;
}

test('every type, field, argument and enum value of the schema has a description', async () => {
  const schema = await buildGraphQLSchema();
  const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && !isSpecifiedScalarType(t));
  expect(types.length).toBeGreaterThan(90);
  expect(types.flatMap(undescribed)).toEqual([]);
});
