import { afterEach, describe, expect, test } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import DivisionsAddDialog from '../src/components/divisions/DivisionsAddDialog.vue';
import { projectionField } from '../src/composables/useProjection';
import { settle } from './support/mountEditor';

/** Issue 14 item 12: errors at the field, only once the field is used or a submit tried; refusals at the field they name. */
const COUNTY = { level: 'county' as const, code: '640104', name: '兴庆区' };
let wrapper: VueWrapper | null = null;
afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
});

async function openDialog() {
  wrapper = mount(DivisionsAddDialog, {
    props: { open: false, parent: COUNTY, busy: false, refusal: null },
    attachTo: document.body,
    global: { stubs: { transition: false, 'transition-group': false } }, // the errors' own transition, for real
  });
  await wrapper.setProps({ open: true });
  await shown();
  return wrapper;
}
/** Element Plus shows a form item's error a moment (debounced) after it is set. */
async function shown(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 150));
  await settle();
}
const errorAt = (field: string) => document.body.querySelector(`[data-field="${field}"] .el-form-item__error`)?.textContent?.trim() ?? '';
const input = (test: string) => document.body.querySelector<HTMLInputElement>(`[data-test="${test}"] input, input[data-test="${test}"]`)!;
async function type(test: string, value: string, leave: boolean): Promise<void> {
  const box = input(test);
  box.value = value;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  if (leave) box.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  await shown();
}

describe('a form in the shared dialog', () => {
  test('shows no error when it opens, though the name is empty and the code incomplete', async () => {
    await openDialog();
    expect(document.body.querySelectorAll('.el-form-item__error').length).toBe(0);
  });

  test("says a field's problem at that field once it is left, not while it is typed", async () => {
    await openDialog();
    await type('township-add-code', '640105001', false);
    expect(errorAt('code')).toBe('');
    await type('township-add-code', '640105001', true);
    expect(errorAt('code')).toBe('乡镇代码应以所属县（区）的代码640104开头');
    expect(errorAt('name')).toBe('');
  });

  test('a submit tried shows every problem at its field and sends nothing', async () => {
    const w = await openDialog();
    document.body.querySelector<HTMLButtonElement>('[data-test="township-add-submit"]')!.click();
    await shown();
    expect(errorAt('name')).toBe('请填写乡镇名称');
    expect(errorAt('code')).toBe('乡镇代码应为9位数字');
    expect(w.emitted('add')).toBeUndefined();
  });

  test('a refusal naming a field lands there until the field changes; another one above the buttons', async () => {
    const w = await openDialog();
    await type('township-add-name', '丽景街道', true);
    await type('township-add-code', '640104001', true);
    await w.setProps({ refusal: { message: '乡镇代码640104001已被使用', field: 'code' } });
    await shown();
    expect(errorAt('code')).toBe('乡镇代码640104001已被使用');
    expect(document.body.querySelector('[data-test="township-add-error"]')).toBeNull();
    await type('township-add-code', '640104002', true);
    expect(errorAt('code')).toBe('');
    await w.setProps({ refusal: { message: '无权进行此操作', field: null } });
    await shown();
    expect(document.body.querySelector('[data-test="township-add-error"]')?.textContent).toContain('无权进行此操作');
  });
});

test("the projection's input problems are kept for the member's fields they are about", () => {
  expect(projectionField('/member/birthDate')).toBe('birthDate');
  expect(projectionField('/member/balanceFen')).toBe('balance');
  expect(projectionField('/member/credit/collectiveFen')).toBe('collective');
  expect(projectionField('/member/year')).toBeNull();
  expect(projectionField('/assumptions/futureInterestRate')).toBeNull();
});
