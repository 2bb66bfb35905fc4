/** Ports: questions a lower room asks that a higher room answers, plugged in once when the app is built. */
import { yearConfirmed } from './modules/lifecycle/settlementRecord/settlement.repository.js';
import { answerFrozenYear } from './modules/reference/policy/policy.freeze.js';

answerFrozenYear(yearConfirmed);
