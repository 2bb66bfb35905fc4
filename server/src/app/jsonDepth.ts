/**
 * How deeply a request nests, measured without recursion, so that nothing deep reaches code that recurses
 * (JSON.stringify, the rule-set validation, the GraphQL parser) and overflows the stack.
 */

/** Levels of objects and arrays in a JSON value: a scalar is 0, `{}` and `[]` are 1, `{"a":[1]}` is 2. */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/**
 * Braces, brackets and parentheses open at once in a GraphQL document's text, outside strings and comments
 * (GraphQL's parser descends once for each).
 */
export function textNesting(query: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (c === '#') {
      while (i < query.length && query[i] !== '\n' && query[i] !== '\r') i++;
    } else if (c === '"') {
      i = query.startsWith('"""', i) ? skipBlockString(query, i + 3) : skipString(query, i + 1);
    } else if (c === '{' || c === '[' || c === '(') {
      deepest = Math.max(deepest, ++depth);
    } else if (c === '}' || c === ']' || c === ')') {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}

/** The index of the closing quote of a string whose first character is at `i`. */
function skipString(query: string, i: number): number {
  for (; i < query.length; i++) {
    if (query[i] === '\\') i++;
    else if (query[i] === '"' || query[i] === '\n') return i;
  }
  return i;
}

function skipBlockString(query: string, i: number): number {
  for (; i < query.length; i++) {
    if (query.startsWith('\\"""', i)) i += 3;
    else if (query.startsWith('"""', i)) return i + 2;
  }
  return i;
}
