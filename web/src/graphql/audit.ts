import { gql } from '@urql/vue';
import type { AuditLogQuery, AuditLogQueryVariables, RegionAuditLogQuery, RegionAuditLogQueryVariables } from './generated';
import { PAGE_FIELDS } from './paging';

/** The audit log: a village's (any reader of the village), or the region's (the administrator). */

export type AuditEntryData = AuditLogQuery['auditLogConnection']['nodes'][number];

const FIELDS = 'id at user action entity entityId villageCode year before after';

export const AUDIT_LOG = gql<AuditLogQuery, AuditLogQueryVariables>`
  query AuditLog($villageCode: String!, $year: Int, $first: Int!, $after: String) {
    auditLogConnection(villageCode: $villageCode, year: $year, first: $first, after: $after) { nodes { ${FIELDS} } ${PAGE_FIELDS} }
  }
`;

export const REGION_AUDIT_LOG = gql<RegionAuditLogQuery, RegionAuditLogQueryVariables>`
  query RegionAuditLog($entity: String, $first: Int!, $after: String) {
    regionAuditLogConnection(entity: $entity, first: $first, after: $after) { nodes { ${FIELDS} } ${PAGE_FIELDS} }
  }
`;
