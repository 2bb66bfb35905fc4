/** The enums of the scheme's lifecycle, registered under API.md's names. */
import { registerEnumType } from 'type-graphql';
import { DECISION_STEPS, type DecisionStepName } from '@cunce/rules';
import { DEPARTMENTS, type Department } from '../../reference/user/department.js';
import type { ReceiptKind, ReceiptOutcome } from '../filing/filingReceipt.entity.js';
import { SCHEME_STATUSES, type SchemeStatus } from './scheme.transitions.js';

function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const SchemeStatusEnum = enumObject<SchemeStatus>(SCHEME_STATUSES);
registerEnumType(SchemeStatusEnum, {
  name: 'SchemeStatus',
  description: '方案状态：草稿、已报送待备案、已备案、已暂停',
  valuesConfig: {
    DRAFT: { description: 'A version in progress (草稿); editable' },
    SUBMITTED: { description: 'Submitted for filing, awaiting the three receipts (已报送待备案)' },
    FILED: { description: 'Filed with all three departments (已备案); pays unless suspended' },
    SUSPENDED: { description: 'Suspended by the cadre (已暂停); pays nothing until resumed and filed again' },
  },
});

export const DecisionStepEnum = enumObject<DecisionStepName>(DECISION_STEPS);
registerEnumType(DecisionStepEnum, {
  name: 'DecisionStep',
  description: '四议两公开的步骤，按此顺序记录',
  valuesConfig: {
    PARTY_BRANCH_PROPOSAL: { description: 'Proposal by the village Party organisation (村党组织提议)' },
    COMMITTEES_DELIBERATION: { description: 'Deliberation by the two committees (村“两委”会议商议)' },
    PARTY_MEMBERS_REVIEW: {
      description: 'Review by the Party members’ meeting (党员大会审议); needs two thirds attending and a majority in favour',
    },
    VILLAGERS_RESOLUTION: {
      description: 'Resolution of the villagers’ meeting or representatives (村民会议或者村民代表会议决议); needs a majority in favour',
    },
    RESOLUTION_DISCLOSED: { description: 'The resolution made public (决议公开)' },
    RESULT_DISCLOSED: { description: 'The result made public after the first settlement (实施结果公开)' },
  },
});

export const DepartmentEnum = enumObject<Department>(DEPARTMENTS);
registerEnumType(DepartmentEnum, {
  name: 'Department',
  description: '备案部门：乡镇、县人社、县农业农村',
  valuesConfig: {
    TOWNSHIP: { description: 'The village’s township (乡镇)' },
    COUNTY_HRSS: { description: 'The county human resources and social security bureau (县人社)' },
    COUNTY_AGRICULTURE: { description: 'The county agriculture and rural affairs bureau (县农业农村)' },
  },
});

export const ReceiptKindEnum = enumObject<ReceiptKind>(['FILING', 'SUSPENSION']);
registerEnumType(ReceiptKindEnum, {
  name: 'ReceiptKind',
  description: '回执所答复的事项：备案或暂停',
  valuesConfig: { FILING: { description: 'A filing (备案)' }, SUSPENSION: { description: 'A suspension (暂停)' } },
});

export const ReceiptOutcomeEnum = enumObject<ReceiptOutcome>(['ACKNOWLEDGED', 'RETURNED']);
registerEnumType(ReceiptOutcomeEnum, {
  name: 'ReceiptOutcome',
  description: '签收或退回',
  valuesConfig: { ACKNOWLEDGED: { description: 'Acknowledged (签收)' }, RETURNED: { description: 'Returned with a reason (退回)' } },
});
