/** A small schema for the jit executor's contract: lists, coded and plain errors, an input with a default. */
import { buildSchema, GraphQLError, type GraphQLSchema } from 'graphql';

const SDL = `
  type Row { id: ID! label: String! fen: Int! }
  input Gift { name: String! donation: Float! = 0 }
  type Query { rows(n: Int!): [Row!]! refused: String broken: String gift(d: Gift!): String }
`;

export function contractSchema(): GraphQLSchema {
  const schema = buildSchema(SDL);
  const fields = schema.getQueryType()!.getFields();
  fields.rows!.resolve = (_root, { n }: { n: number }) =>
    Array.from({ length: n }, (_, i) => ({ id: String(i), label: `第${i}行`, fen: i * 100 }));
  fields.refused!.resolve = () => {
    throw new GraphQLError('不可', { extensions: { code: 'FORBIDDEN' } });
  };
  fields.broken!.resolve = () => {
    throw new Error('unexpected');
  };
  fields.gift!.resolve = (_root, { d }: { d: { name: string; donation: number } }) => `${d.name}:${d.donation}`;
  return schema;
}
