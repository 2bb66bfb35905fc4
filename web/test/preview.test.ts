import { expect, test } from 'vitest';
import { defineComponent, ref, shallowRef } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { makeIdNumber, type MemberInput } from '@cunce/rules';
import { usePreview } from '../src/composables/usePreview';
import { tierRule } from '../src/model/tierRows';
import { ruleSetOf } from './support/mountEditor';

const member = (i: number): MemberInput => ({
  idNumber: makeIdNumber('640181', `197${i}-03-01`, String(100 + i)),
  isCollectiveMember: true,
  paymentType: 'CURRENT',
  contribution: 200,
});
const standard = ruleSetOf({
  sections: [{ key: 'tier', label: '档次补助', kind: 'TIER', hitPolicy: 'FIRST', rules: [tierRule('t200', 200, { fixed: 20 })] }],
});

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) {
    await flushPromises();
    await new Promise((r) => setTimeout(r, 10));
  }
  expect(done()).toBe(true);
}

test('the outcomes on screen stay paired with the members they were computed for while a new roster is computed', async () => {
  const sample = [member(1), member(2), member(3)];
  const members = shallowRef<MemberInput[]>(sample);
  let preview!: ReturnType<typeof usePreview>;
  mount(defineComponent({ setup: () => ((preview = usePreview(ref(JSON.stringify(standard)), members, undefined, 0)), () => null) }), {
    global: { plugins: [createPinia()] },
  });
  await until(() => preview.last.value !== null);
  expect(preview.last.value!.outcomes).toHaveLength(3);

  const roster = [member(4)];
  members.value = roster;
  expect(preview.lastMembers.value).toBe(sample); // the sample's three outcomes are still shown: not indexed into the roster of one
  await until(() => preview.last.value!.outcomes.length === 1);
  expect(preview.lastMembers.value).toBe(roster);
});
