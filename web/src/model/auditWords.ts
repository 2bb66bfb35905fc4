/** The audit log's action and object codes in words (codes the screen does not know are shown as they are). */

export const ACTION_LABELS: Record<string, string> = {
  CREATE_USER: '新建用户',
  DISABLE_USER: '停用用户',
  ENABLE_USER: '启用用户',
  RESET_PASSWORD: '重设密码',
  CHANGE_PASSWORD: '修改本人密码',
  LOGOUT: '退出登录',
  LOCK_USER: '密码错误过多，锁定',
  ADD_POLICY_YEAR: '新增年度政策参数',
  EDIT_POLICY_YEAR: '修改年度政策参数',
  ADD_VILLAGE: '新增村',
  ADD_TOWNSHIP: '新增乡镇',
  UPDATE_USER_PROFILE: '修改用户姓名和电话',
  CORRECT_VILLAGE_CODE: '更正村代码',
  CREATE_SCHEME: '制定补助标准',
  SAVE_RULESET: '保存补助标准',
  CREATE_VERSION: '保存新版本',
  RECORD_DECISION_STEP: '记录四议两公开步骤',
  WITHDRAW_DECISION_STEP: '撤回四议两公开步骤',
  ATTACH_DOCUMENT: '上传步骤文件',
  REMOVE_DOCUMENT: '删除步骤文件',
  SUBMIT_FILING: '报送备案',
  ACKNOWLEDGE_FILING: '签收备案',
  RETURN_FILING: '退回备案',
  SUSPEND_SCHEME: '暂停实施',
  ACKNOWLEDGE_SUSPENSION: '签收暂停',
  RESUME_SCHEME: '申请恢复实施',
  IMPORT_MEMBERS: '导入花名册',
  SETTLE: '结算',
  SETTLE_AREA: '批量结算（县或全区）',
  CONFIRM_SETTLEMENT: '确认结算',
  ACCEPT_SETTLEMENT: '受理结算',
  RECORD_POSTINGS: '记录到账',
  CREATE_DONOR: '登记捐赠方',
  UPDATE_DONOR: '修改捐赠方',
  DELETE_DONOR: '删除捐赠方',
  RECORD_GIFT: '登记定向资助',
  UPDATE_GIFT: '修改定向资助',
  DELETE_GIFT: '删除定向资助',
  RECORD_POOL: '登记资助池',
  UPDATE_POOL: '修改资助池',
  DELETE_POOL: '删除资助池',
};

export const ENTITY_LABELS: Record<string, string> = {
  User: '用户',
  PolicyYear: '政策参数',
  Village: '村',
  Township: '乡镇',
  Scheme: '补助方案',
  RuleSetVersion: '标准版本',
  DecisionStep: '决议步骤',
  StepDocument: '步骤文件',
  Suspension: '暂停',
  Roster: '花名册',
  Settlement: '结算',
  Area: '地区',
  Donor: '捐赠方',
  DonationGift: '定向资助',
  DonationPool: '资助池',
};

export const actionLabel = (code: string) => ACTION_LABELS[code] ?? code;
export const entityLabel = (code: string) => ENTITY_LABELS[code] ?? code;

/** A snapshot pair as the diff table takes it: a missing side is an empty object, so each field shows as added or removed. */
export function diffSides(before: unknown, after: unknown): { before: unknown; after: unknown } {
  const isObj = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (before === null && isObj(after)) return { before: {}, after };
  if (after === null && isObj(before)) return { before, after: {} };
  return { before, after };
}
