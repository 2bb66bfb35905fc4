import { BlobType, Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { DecisionStep } from '../decision/decisionStep.entity.js';
import { User } from '../../reference/user/user.entity.js';

/**
 * A file kept as evidence of a recorded step of 四议两公开 (minutes, the resolution, photos of the notice board). The
 * content is a blob in the database, so that it is written in the same transaction as its audit entry and is in
 * every backup. A step belongs to one version: when another version is saved, the step and its documents stay as
 * that version's history.
 */
@Entity({ tableName: 'step_document' })
@Index({ properties: ['decisionStep', 'id'] })
export class StepDocument {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => DecisionStep)
  decisionStep!: Rel<DecisionStep>;

  /** The name the file was uploaded under (no path), as it is given back on download. */
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  /** The type found in the content itself (document.sniff.ts), never the one the client claimed. */
  @Property({ type: 'string', length: 128 })
  mimeType!: string;

  /** Bytes. */
  @Property({ type: 'integer' })
  size!: number;

  /** Hex SHA-256 of the content. */
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  /** Loaded only when asked for (the download), never with lists. */
  @Property({ type: BlobType, lazy: true })
  content!: Buffer;

  @ManyToOne(() => User)
  uploadedBy!: Rel<User>;

  @Property({ type: 'datetime' })
  uploadedAt: Date & Opt = new Date();
}
