import { ElMessage } from 'element-plus';

/**
 * Success messages one at a time: a new one replaces the one still showing (clicking through steps piled them
 * up down the screen); the same message again counts up on the one shown (grouping). Errors keep their own.
 */
export function toastSuccess(message: string): void {
  ElMessage.closeAll('success');
  ElMessage.success({ message, grouping: true });
}
