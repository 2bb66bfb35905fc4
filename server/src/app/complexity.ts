/**
 * A validation rule bounding a document's size as written: at most MAX_FIELDS field selections and MAX_ALIASES
 * aliases (BAD_USER_INPUT). What the operation costs to run is the cost model's (cost.ts, costPlugin.ts).
 */
import type { ASTVisitor, ValidationContext } from 'graphql';
import { BadUserInput } from '../errors.js';
import { MAX_ALIASES, MAX_FIELDS } from '../limits/limits.js';

export function complexityLimit(maxFields = MAX_FIELDS, maxAliases = MAX_ALIASES) {
  return (context: ValidationContext): ASTVisitor => {
    let fields = 0;
    let aliases = 0;
    return {
      Field(node) {
        fields += 1;
        if (node.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (fields > maxFields || aliases > maxAliases) {
            context.reportError(
              new BadUserInput(`查询过于复杂（字段${fields}个、别名${aliases}个；上限分别为${maxFields}、${maxAliases}），请拆分查询`),
            );
          }
        },
      },
    };
  };
}
