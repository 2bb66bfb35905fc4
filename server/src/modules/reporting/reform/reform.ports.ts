/**
 * Everything the reform room uses from the rest of the server, in one place: when other rooms move, only these
 * paths change.
 */
export type { Context } from '../../reference/context.js';
export type { Em } from '../../../db/orm.js';
export { allRaw, quote, repeatedSelect, type RepeatedSelect } from '../../../adapter/index.js';
export { BadUserInput, Forbidden, NotFound } from '../../../errors.js';
export { costRule } from '../../../limits/costRule.js';
export { TextArg } from '../../../graphql/caps.js';
export { requireUser } from '../../reference/auth/access.js';
export { audit } from '../../audit/audit.js';
export { County } from '../../reference/division/county.entity.js';
export { Township } from '../../reference/division/township.entity.js';
export { Village } from '../../reference/division/village.entity.js';
export { PolicyYearInput } from '../../reference/policy/policy.types.js';
export { Member } from '../../lifecycle/roster/member.entity.js';
export { RuleSetVersion } from '../../lifecycle/ruleset/ruleSetVersion.entity.js';
export { Scheme } from '../../lifecycle/scheme/scheme.entity.js';
export type { User } from '../../reference/user/user.entity.js';
export { FileDownloadType, XLSX_MIME } from '../excel/excel.types.js';
export { REPO_ROOT } from '../../../config.js';
