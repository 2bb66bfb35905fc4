import { connectionOf } from '../../../graphql/connection.js';
import { SettlementOutcomeType } from './settlementOutcome.types.js';

/** A page of a settlement's outcomes, in roster order. */
export const SettlementOutcomeConnection = connectionOf(SettlementOutcomeType, 'SettlementOutcome');
