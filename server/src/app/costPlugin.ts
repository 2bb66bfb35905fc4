/**
 * The cost budget of every operation (README "Security"), as an Apollo plugin. Once the operation is known and
 * before anything runs, its cost is computed from the document and the variables (cost.ts) and set against the
 * caller's budget: ANONYMOUS_BUDGET without a valid login, USER_BUDGET with one. An anonymous caller's address
 * spends the cost, or the whole budget when refused (anonymousLimit.ts). Over the budget: BAD_USER_INPUT with the
 * cost and the limit, or UNAUTHENTICATED for an anonymous operation the users' budget would allow. Every answer
 * that got this far carries `extensions.cost { requested, limit }`.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../modules/reference/context.js';
import type { AnonymousLimit } from './anonymousLimit.js';
import { operationCost } from './cost.js';
import { ANONYMOUS_BUDGET, USER_BUDGET } from '../limits/limits.js';
import { LogInForCost, reported, TooCostly, type Cost } from '../limits/refusals.js';

export function costPlugin(schema: GraphQLSchema, anonymousLimit: AnonymousLimit): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: Cost | undefined;
      return {
        async didResolveOperation({ document, operationName, request, contextValue }) {
          const anonymous = contextValue.user === null;
          const requested = operationCost(schema, document, operationName, request.variables ?? {});
          cost = { requested, limit: anonymous ? ANONYMOUS_BUDGET : USER_BUDGET };
          const refused = requested > cost.limit;
          // A refused request spends the whole budget: reading its body cost the server too.
          if (anonymous) await anonymousLimit.spend(contextValue.http?.ip, Math.min(requested, cost.limit));
          if (refused) throw anonymous && requested <= USER_BUDGET ? new LogInForCost(cost, contextValue.authProblem) : new TooCostly(cost);
        },
        async willSendResponse({ response }) {
          if (!cost || response.body.kind !== 'single') return;
          const { singleResult } = response.body;
          singleResult.extensions = { ...singleResult.extensions, cost: reported(cost) };
        },
      };
    },
  };
}
