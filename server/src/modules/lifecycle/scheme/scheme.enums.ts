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
registerEnumType(SchemeStatusEnum, { name: 'SchemeStatus', description: '方案状态：草稿、已报送待备案、已备案、已暂停' });

export const DecisionStepEnum = enumObject<DecisionStepName>(DECISION_STEPS);
registerEnumType(DecisionStepEnum, { name: 'DecisionStep', description: '四议两公开的步骤，按此顺序记录' });

export const DepartmentEnum = enumObject<Department>(DEPARTMENTS);
registerEnumType(DepartmentEnum, { name: 'Department', description: '备案部门：乡镇、县人社、县农业农村' });

export const ReceiptKindEnum = enumObject<ReceiptKind>(['FILING', 'SUSPENSION']);
registerEnumType(ReceiptKindEnum, { name: 'ReceiptKind', description: '回执所答复的事项：备案或暂停' });

export const ReceiptOutcomeEnum = enumObject<ReceiptOutcome>(['ACKNOWLEDGED', 'RETURNED']);
registerEnumType(ReceiptOutcomeEnum, { name: 'ReceiptOutcome', description: '签收或退回' });
