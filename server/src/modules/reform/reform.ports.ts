/**
 * Everything the reform room uses from the rest of the server, in one place: when other rooms move, only these
 * paths change.
 */
export type { Context } from '../../context.js';
export type { Em } from '../../db/orm.js';
export { allRaw, quote } from '../../db/driverRaw.js';
export { BadUserInput, Forbidden, NotFound } from '../../errors.js';
export { costRule } from '../../app/costRule.js';
export { TextArg } from '../../graphql/caps.js';
export { requireUser } from '../auth/access.js';
export { audit } from '../audit/audit.js';
export { County } from '../division/county.entity.js';
export { Township } from '../division/township.entity.js';
export { Village } from '../division/village.entity.js';
export { PolicyYearInput } from '../policy/policy.types.js';
export { Member } from '../roster/member.entity.js';
export { RuleSetVersion } from '../ruleset/ruleSetVersion.entity.js';
export { Scheme } from '../scheme/scheme.entity.js';
export type { User } from '../user/user.entity.js';
export { FileDownloadType, XLSX_MIME } from '../excel/excel.types.js';
export { REPO_ROOT } from '../../config.js';
