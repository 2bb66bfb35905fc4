import { computed, type Ref } from 'vue';
import { validateForEditor, type Validation } from '@cunce/rules';
import { usePolicyStore } from '../stores/policy';

const EMPTY: Validation = { valid: true, errors: [], warnings: [] };

/**
 * The rule set validated in the browser with the very code the server runs, on every change; an amount typed
 * above the region cap is refused here (validateForEditor), where the API only warns of it.
 */
export function useValidation(json: Ref<string | null>) {
  const policy = usePolicyStore();
  return computed<Validation>(() => {
    if (json.value === null) return EMPTY;
    try {
      return validateForEditor(JSON.parse(json.value), policy.source);
    } catch (e) {
      return {
        valid: false,
        errors: [{ path: '', code: 'VALIDATION_FAILED', message: `校验出错：${e instanceof Error ? e.message : String(e)}` }],
        warnings: [],
      };
    }
  });
}
