import { gql } from '@urql/vue';
import type { AuditLogQuery, AuditLogQueryVariables, RegionAuditLogQuery, RegionAuditLogQueryVariables } from './generated';

/** The audit log: a village's (any reader of the village), or the region's (the administrator). */

export interface AuditEntryData {
  id: string;
  at: string;
  user: string | null;
  action: string;
  entity: string;
  entityId: string;
  villageCode: string | null;
  year: number | null;
  before: unknown;
  after: unknown;
}

const FIELDS = 'id at user action entity entityId villageCode year before after';

export const AUDIT_LOG = gql<AuditLogQuery, AuditLogQueryVariables>`
  query AuditLog($villageCode: String!, $year: Int) { auditLog(villageCode: $villageCode, year: $year) { ${FIELDS} } }
`;

export const REGION_AUDIT_LOG = gql<RegionAuditLogQuery, RegionAuditLogQueryVariables>`
  query RegionAuditLog($entity: String, $limit: Int!) { regionAuditLog(entity: $entity, limit: $limit) { ${FIELDS} } }
`;
