import type { RuleSet, Section, SectionKind } from '@cunce/rules';
import { newRuleId, newSectionKey } from './ids';
import { tierRule } from './tierRows';
import { ageBandRule } from './ageBands';
import { hardshipRule } from './hardshipRows';

/** A new section of a kind, with one rule to start from (a section without rules is EMPTY_SECTION). */
export function newSection(doc: RuleSet, kind: SectionKind): Section {
  switch (kind) {
    case 'TIER': {
      const key = newSectionKey(doc, 'tier');
      return { key, label: '档次补助', kind, hitPolicy: 'FIRST', rules: [tierRule(newRuleId(doc, 't200'), 200, { fixed: 20 })] };
    }
    case 'AGE': {
      const key = newSectionKey(doc, 'age');
      return {
        key,
        label: '年龄补助（一老一小）',
        kind,
        hitPolicy: 'MAX',
        rules: [ageBandRule(newRuleId(doc, 'age45'), 45, null, { fixed: 20 })],
      };
    }
    case 'HARDSHIP': {
      const key = newSectionKey(doc, 'hardship');
      return {
        key,
        label: '困难群体补助',
        kind,
        hitPolicy: 'MAX',
        rules: [hardshipRule(newRuleId(doc, 'h_minimum_living'), 'MINIMUM_LIVING', { fixed: 50 })],
      };
    }
    case 'CUSTOM': {
      const key = newSectionKey(doc, 'custom');
      const rule = {
        id: newRuleId(doc, `${key}_r1`),
        label: '新规则',
        when: { all: [{ fact: 'contribution', operator: 'greaterThanInclusive', value: 200 }] },
        amount: { fixed: 10 },
      };
      return { key, label: '其他补助', kind, hitPolicy: 'SUM', rules: [rule] };
    }
  }
}
