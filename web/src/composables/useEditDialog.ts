import { ref, shallowRef } from 'vue';
import { toastSuccess } from './toast';
import { refusalOf, type Refusal } from './useFieldErrors';

/**
 * A list's create-or-edit dialog: the row being edited (null for a new one), busy while saving, the server's
 * refusal (shown in the dialog, which stays open: at the field it names, else above the buttons); on success a Chinese message,
 * the dialog closes and `after` runs (the list reloads).
 */
export function useEditDialog<T>(after: () => unknown) {
  const open = ref(false);
  const editing = shallowRef<T | null>(null);
  const saving = ref(false);
  const error = shallowRef<Refusal | null>(null);

  function start(row: T | null): void {
    editing.value = row;
    error.value = null;
    open.value = true;
  }
  /** `write` creates (row null) or updates the row; `success` names what was done either way. */
  async function save(write: (row: T | null) => Promise<unknown>, success: { created: string; updated: string }): Promise<void> {
    saving.value = true;
    error.value = null;
    try {
      await write(editing.value);
      toastSuccess(editing.value ? success.updated : success.created);
      open.value = false;
      await after();
    } catch (e) {
      error.value = refusalOf(e);
    } finally {
      saving.value = false;
    }
  }
  return { open, editing, saving, error, start, save };
}
