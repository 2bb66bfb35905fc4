import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

export const ROLES = [
  'REGION_ADMIN',
  'COUNTY_HRSS',
  'COUNTY_AGRICULTURE',
  'TOWNSHIP_OFFICER',
  'VILLAGE_CADRE',
  'AGENCY',
  'CIVIL_AFFAIRS',
] as const;
export type Role = (typeof ROLES)[number];

/** A person who logs in. Never deleted: disabled instead, so receipts and audit entries keep their author. */
@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 64, unique: true })
  username!: string;

  /** `$scrypt$ln=17,r=8,p=1$<salt base64>$<hash base64>`, or the first release's `scrypt$<salt>$<hash>` (auth/password.ts). */
  @Property({ type: 'string' })
  passwordHash!: string;

  @Property({ type: 'string', length: 32 })
  role!: Role;

  /** County (6 digits), township (9) or village (12) code; null for the region. */
  @Property({ type: 'string', length: 12, nullable: true })
  areaCode: string | null = null;

  /** The person's real name (姓名), shown beside the username; null until the administrator fills it in. */
  @Property({ type: 'string', length: 32, nullable: true })
  realName: string | null = null;

  /** A phone number to reach the person (digits, hyphens, an optional leading +). */
  @Property({ type: 'string', length: 20, nullable: true })
  phone: string | null = null;

  @Property({ type: 'boolean', default: false })
  disabled: boolean & Opt = false;

  /** Bumped on disable, password reset or change, and logout (user.sessions.ts): older tokens stop working. */
  @Property({ type: 'integer', default: 0 })
  tokenVersion: number & Opt = 0;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
