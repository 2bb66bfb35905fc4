/**
 * Why the standard is read-only for this person now, and how it opens again: for someone who may never change it
 * (not this village's cadre), for a year covered by an earlier multi-year standard, and for the village's own cadre
 * while the filing awaits the departments or the standard is suspended. Null when it can be edited.
 */
export interface ReadOnlyState {
  canEdit: boolean;
  status: string;
  coveredBy: number | null;
  version: number | null;
}

export function readOnlyNotice(s: ReadOnlyState): string | null {
  if (!s.canEdit) return '只读：您可以查看和预览，修改由本村村干部进行';
  if (s.coveredBy !== null) return `只读：本年度执行 ${s.coveredBy} 年制定的多年度标准，修改请到 ${s.coveredBy} 年度进行`;
  const version = s.version ? `第 ${s.version} 版` : '本标准';
  if (s.status === 'SUBMITTED')
    return (
      `只读：${version}已报送备案，正等待乡镇（街道）、县（区）人社部门和农业农村部门签收，期间不能修改。` +
      '任一部门退回后即可修改并重新报送；备案后可保存修订版本（须重新决议和备案）。'
    );
  if (s.status === 'SUSPENDED')
    return '只读：本标准已暂停实施，期间不能修改。在“决议与备案”页申请恢复实施，县（区）两部门签收后即可保存修订版本。';
  return null;
}
