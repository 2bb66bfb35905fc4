import { ref, shallowRef } from 'vue';
import { toastSuccess } from './toast';

/**
 * A list's create-or-edit dialog: the row being edited (null for a new one), busy while saving, the server's
 * Chinese message when it refuses (shown in the dialog, which stays open); on success a Chinese message,
 * the dialog closes and `after` runs (the list reloads).
 */
export function useEditDialog<T>(after: () => unknown) {
  const open = ref(false);
  const editing = shallowRef<T | null>(null);
  const saving = ref(false);
  const error = ref('');

  function start(row: T | null): void {
    editing.value = row;
    error.value = '';
    open.value = true;
  }
  /** `write` creates (row null) or updates the row; `success` names what was done either way. */
  async function save(write: (row: T | null) => Promise<unknown>, success: { created: string; updated: string }): Promise<void> {
    saving.value = true;
    error.value = '';
    try {
      await write(editing.value);
      toastSuccess(editing.value ? success.updated : success.created);
      open.value = false;
      await after();
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    } finally {
      saving.value = false;
    }
  }
  return { open, editing, saving, error, start, save };
}
