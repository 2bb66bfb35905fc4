import { gql } from '@urql/vue';
import { PAGE_FIELDS, type Connection } from './paging';

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

type Page = { first: number; after: string | null };

export const AUDIT_LOG = gql<{ auditLogConnection: Connection<AuditEntryData> }, Page & { villageCode: string; year: number | null }>`
  query AuditLog($villageCode: String!, $year: Int, $first: Int!, $after: String) {
    auditLogConnection(villageCode: $villageCode, year: $year, first: $first, after: $after) { nodes { ${FIELDS} } ${PAGE_FIELDS} }
  }
`;

export const REGION_AUDIT_LOG = gql<{ regionAuditLogConnection: Connection<AuditEntryData> }, Page & { entity: string | null }>`
  query RegionAuditLog($entity: String, $first: Int!, $after: String) {
    regionAuditLogConnection(entity: $entity, first: $first, after: $after) { nodes { ${FIELDS} } ${PAGE_FIELDS} }
  }
`;
