/**
 * A village cadre's next step for each of the village's schemes, with the reason (issue 14 item 6): what the rules
 * of 四议两公开 and of filing leave to do, or what the village waits for.
 */
import { DECISION_STEP_LABELS, missingBeforeSubmission } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import type { Village } from '../../reference/division/village.entity.js';
import { Scheme } from '../../lifecycle/scheme/scheme.entity.js';
import { currentReceipts, findVersion, stepsInProgress } from '../../lifecycle/scheme/scheme.repository.js';
import { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';
import { DEPARTMENT_LABELS, receiptsNeeded } from '../../lifecycle/filing/filing.departments.js';
import { task, type TaskType } from './todo.types.js';

export async function cadreTasks(em: Em, village: Village, year: number): Promise<TaskType[]> {
  const schemes = await em.find(Scheme, { village }, { orderBy: { year: 'asc' }, limit: 20 });
  const at = { villageCode: village.code, villageName: village.name };
  const tasks: TaskType[] = [];
  if (!schemes.some((s) => s.year <= year && (s.lastYear ?? s.year) >= year))
    tasks.push(task({ ...at, year, place: '补助标准', title: `制定${year}年补助标准`, reason: `本村${year}年度还没有保存补助标准` }));
  for (const scheme of schemes) {
    const next = await nextStep(em, scheme);
    if (next) tasks.push(task({ ...at, year: scheme.year, ...next }));
  }
  return tasks;
}

type Next = Pick<TaskType, 'title' | 'reason' | 'place'> & { waiting?: boolean };

async function nextStep(em: Em, scheme: Scheme): Promise<Next | null> {
  if (scheme.status === 'SUBMITTED' || scheme.status === 'SUSPENDED') return waitingFor(em, scheme);
  if (scheme.status === 'FILED') return afterFiling(em, scheme);
  const version = await findVersion(em, scheme, scheme.currentVersion);
  if (version && !version.valid)
    return { place: '补助标准', title: '改正补助标准', reason: `第${version.version}版有错误，改正并保存后才能报送备案` };
  const missing = missingBeforeSubmission(await stepsInProgress(em, scheme));
  const returned = scheme.returnReason ? `上次报送被退回：${scheme.returnReason}。` : '';
  if (missing.length > 0) {
    const label = DECISION_STEP_LABELS[missing[0]!];
    return {
      place: '决议与备案',
      title: `记录四议两公开：${label}`,
      reason: `${returned}报送备案前还须记录${missing.length}步，下一步是“${label}”`,
    };
  }
  return { place: '决议与备案', title: '报送备案', reason: `${returned}四议两公开前五步已记录，第${scheme.currentVersion}版校验通过` };
}

async function waitingFor(em: Em, scheme: Scheme): Promise<Next> {
  const kind = scheme.status === 'SUSPENDED' ? 'SUSPENSION' : 'FILING';
  const answered = new Set((await currentReceipts(em, scheme)).filter((r) => r.kind === kind).map((r) => r.department));
  const left = receiptsNeeded(kind)
    .filter((d) => !answered.has(d))
    .map((d) => DEPARTMENT_LABELS[d]);
  const what = kind === 'SUSPENSION' ? '暂停实施' : '备案';
  return { place: '决议与备案', title: `等待${what}签收`, reason: `尚待${left.join('、')}签收`, waiting: true };
}

async function afterFiling(em: Em, scheme: Scheme): Promise<Next | null> {
  const settlements = await em.find(Settlement, { village: scheme.village, year: scheme.year }, { orderBy: { id: 'desc' }, limit: 5 });
  const latest = settlements[0];
  if (!latest) return { place: '结算', title: `${scheme.year}年度结算`, reason: '补助标准已备案生效，可以按花名册结算' };
  if (latest.status === 'DRAFT')
    return { place: '结算', title: '确认结算', reason: `结算草稿：${latest.eligibleCount}人享受补助，确认后报经办机构受理` };
  const disclosed = await stepsInProgress(em, scheme);
  if (!disclosed.some((s) => s.step === 'RESULT_DISCLOSED'))
    return { place: '决议与备案', title: '记录实施结果公开', reason: '结算已确认：公示名单后记录“实施结果公开”' };
  return null;
}
