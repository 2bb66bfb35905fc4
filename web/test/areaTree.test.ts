import { describe, expect, test } from 'vitest';
import { mount } from '@vue/test-utils';
import AreaTree from '../src/components/area/AreaTree.vue';
import type { AreaTreeNode } from '../src/composables/useAreaTree';
import { settle } from './support/mountEditor';

const village = (id: string, label: string): AreaTreeNode => ({ id, label, level: 'village', status: 'NONE' });
const NODES: AreaTreeNode[] = [
  {
    id: 'region',
    label: '宁夏回族自治区',
    level: 'region',
    children: [
      {
        id: '640121',
        label: '永宁县',
        level: 'county',
        children: [
          {
            id: '640121102',
            label: '望远镇',
            level: 'township',
            children: [village('640121102201', '通桥村'), village('640121102202', '政权村')],
          },
          {
            id: '640121104',
            label: '闽宁镇',
            level: 'township',
            children: [village('640121104201', '玉海村'), village('640121104202', '原隆村')],
          },
        ],
      },
    ],
  },
];

async function search(text: string) {
  const wrapper = mount(AreaTree, { props: { nodes: NODES, expanded: ['region'] }, attachTo: document.body });
  await settle();
  await wrapper.find('[data-test="area-filter"]').setValue(text);
  await settle();
  const shown = (code: string) => {
    const el = wrapper.find(`[data-test="village-${code}"]`);
    return el.exists() && (el.element.closest('.el-tree-node') as HTMLElement).style.display !== 'none';
  };
  return { wrapper, shown };
}

describe('area search', () => {
  test('typing a village name unfolds its county and township and shows only that village', async () => {
    const { wrapper, shown } = await search('通桥');
    expect(shown('640121102201')).toBe(true);
    expect(shown('640121102202')).toBe(false);
    expect(shown('640121104201')).toBe(false);
    wrapper.unmount();
  });

  test('typing a township name unfolds it with all its villages', async () => {
    const { wrapper, shown } = await search('闽宁');
    expect(shown('640121104201')).toBe(true);
    expect(shown('640121104202')).toBe(true);
    expect(shown('640121102201')).toBe(false);
    wrapper.unmount();
  });

  test('the region name alone does not count as a match for everything', async () => {
    const { wrapper, shown } = await search('宁夏');
    expect(['640121102201', '640121102202', '640121104201', '640121104202'].some(shown)).toBe(false);
    wrapper.unmount();
  });
});
