import { Field, Float, ObjectType } from 'type-graphql';
import { OutcomeType } from '../../lifecycle/simulation/simulation.types.js';

/** One member's stored outcome (no trace is stored: `trace` is always null). */
@ObjectType('SettlementOutcome', { description: 'One member’s result in a stored settlement', simpleResolvers: true })
export class SettlementOutcomeType extends OutcomeType {
  @Field(() => String, { description: 'Name of the member on the roster', nullable: true })
  name!: string | null;

  @Field(() => Float, { nullable: true, description: '个人缴费（元）；为空表示未缴费' })
  contribution!: number | null;
}
