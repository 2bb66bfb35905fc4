import { Entity, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import type { RuleSet } from '@cunce/rules';
import { Scheme } from '../scheme/scheme.entity.js';
import { User } from '../../reference/user/user.entity.js';

/** One saved version of a scheme's rule set. Immutable: never updated once inserted. */
@Entity({ tableName: 'rule_set_version' })
@Unique({ properties: ['scheme', 'version'] })
export class RuleSetVersion {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Scheme)
  scheme!: Rel<Scheme>;

  /** 1, 2, ... within the scheme. */
  @Property({ type: 'integer' })
  version!: number;

  /** The document as saved (RULESET.md), money in yuan as the format has it. */
  @Property({ type: 'json' })
  ruleSet!: RuleSet;

  /** Whether it validated against the policy when saved. */
  @Property({ type: 'boolean' })
  valid!: boolean;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @ManyToOne(() => User)
  createdBy!: Rel<User>;
}
