/**
 * CUNCE_SAFELIST_ONLY=anonymous: an operation from a caller without a valid login runs only if it is one of the
 * editor's (safelist.ts); any other is refused with NOT_SAFELISTED before anything runs. Logged-in users may
 * send any operation (within the cost budget).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { CodedError } from '../errors.js';
import type { Context } from '../modules/reference/context.js';
import type { Safelist } from './safelist.js';

export class NotSafelisted extends CodedError {
  constructor(problem: string | null) {
    super('NOT_SAFELISTED', `${problem ?? '未登录'}：未登录时只能执行编辑器提供的查询，请登录后再执行其他查询`, {
      http: { status: 403 },
    });
  }
}

export function safelistPlugin(safelist: Safelist): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (contextValue.user === null && !safelist.allows(document)) throw new NotSafelisted(contextValue.authProblem);
        },
      };
    },
  };
}
