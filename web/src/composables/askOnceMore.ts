import { ElMessageBox } from 'element-plus';
import type { ConfirmWords } from '../model/confirmWords';

/** Asks once more before an irreversible action; true when the person confirms, false when they cancel or close. */
export async function askOnceMore(words: ConfirmWords): Promise<boolean> {
  return ElMessageBox.confirm(words.message, words.title, {
    confirmButtonText: words.button,
    cancelButtonText: '取消',
    type: 'warning',
    customClass: 'ask-once-more',
  })
    .then(() => true)
    .catch(() => false);
}
