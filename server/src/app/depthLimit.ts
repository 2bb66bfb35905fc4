/**
 * A validation rule bounding how deep an operation nests, before anything runs: a top-level field is depth 0 and
 * a field deeper than `max` refuses the document (fragments followed, introspection fields not counted); an
 * argument literal (a rule set written into the query) nesting JSON deeper than `maxJson` refuses it too. Both
 * are BAD_USER_INPUT (formatError keeps our code where Apollo would say GRAPHQL_VALIDATION_FAILED).
 */
import { Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';
import { BadUserInput } from '../errors.js';
import { MAX_DEPTH, MAX_JSON_DEPTH } from '../limits/limits.js';

export function depthLimit(max = MAX_DEPTH, maxJson = MAX_JSON_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    let json = 0;
    let jsonRefused = false;
    const enterValue = () => {
      json += 1;
      if (json > maxJson && !jsonRefused) {
        jsonRefused = true;
        context.reportError(new BadUserInput(`查询中参数的JSON嵌套超过${maxJson}层，请减少嵌套后再查询`));
      }
    };
    const leaveValue = () => {
      json -= 1;
    };
    return {
      OperationDefinition(node) {
        const depth = deepest(node.selectionSet, context, 0, new Set()) - 1;
        if (depth > max) context.reportError(new BadUserInput(`查询嵌套过深（${depth}层，上限${max}层），请减少嵌套后再查询`));
      },
      ObjectValue: { enter: enterValue, leave: leaveValue },
      ListValue: { enter: enterValue, leave: leaveValue },
    };
  };
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
