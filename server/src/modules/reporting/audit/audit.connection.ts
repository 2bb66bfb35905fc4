import { connectionOf } from '../../../graphql/connection.js';
import { AuditEntryType } from './audit.types.js';

/** A page of audit entries, newest first. */
export const AuditEntryConnection = connectionOf(AuditEntryType, 'AuditEntry');
