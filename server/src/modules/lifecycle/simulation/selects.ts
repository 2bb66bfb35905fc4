/** Whether a query selects a nested field (fragments included), e.g. ['outcomes', 'trace']. */
import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && inSet(node.selectionSet, path, info.fragments));
}

function inSet(set: SelectionSetNode, path: readonly string[], fragments: Record<string, FragmentDefinitionNode>): boolean {
  const [name, ...rest] = path;
  return set.selections.some((selection) => {
    if (selection.kind === 'Field') {
      if (selection.name.value !== name) return false;
      return rest.length === 0 || (selection.selectionSet !== undefined && inSet(selection.selectionSet, rest, fragments));
    }
    const target = selection.kind === 'InlineFragment' ? selection.selectionSet : fragments[selection.name.value]?.selectionSet;
    return target !== undefined && inSet(target, path, fragments);
  });
}
