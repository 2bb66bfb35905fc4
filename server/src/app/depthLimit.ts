/**
 * A validation rule bounding how deep an operation nests: a top-level field is depth 0, and a field deeper than
 * `max` refuses the document before anything runs (fragments followed, introspection fields not counted).
 */
import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';
import { MAX_DEPTH } from './limits.js';

export function depthLimit(max = MAX_DEPTH) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const depth = deepest(node.selectionSet, context, 0, new Set()) - 1;
      if (depth > max) {
        context.reportError(
          new GraphQLError(`查询嵌套过深（${depth}层，上限${max}层），请减少嵌套后再查询`, { nodes: [node] }),
        );
      }
    },
  });
}

/** The number of field levels under `set`, counting from `depth`. */
function deepest(set: SelectionSetNode, context: ValidationContext, depth: number, visiting: Set<string>): number {
  let max = depth;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      max = Math.max(max, sel.selectionSet ? deepest(sel.selectionSet, context, depth + 1, visiting) : depth + 1);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, deepest(sel.selectionSet, context, depth, visiting));
    } else {
      const fragment = context.getFragment(sel.name.value);
      if (!fragment || visiting.has(sel.name.value)) continue;
      visiting.add(sel.name.value);
      max = Math.max(max, deepest(fragment.selectionSet, context, depth, visiting));
      visiting.delete(sel.name.value);
    }
  }
  return max;
}
