/** The checks of a user's real name and phone, as the server makes them (user.profile.ts), said at the field. */
export function realNameProblem(text: string): string {
  const v = text.trim();
  return v && !/^[\p{L}·.\s]{2,32}$/u.test(v) ? '姓名应为2至32个汉字或字母' : '';
}

export function phoneProblem(text: string): string {
  const v = text.replace(/\s/g, '');
  return v && !/^\+?\d[\d-]{4,18}\d$/.test(v) ? '联系电话应为6至20位数字（可含 - 和开头的 +）' : '';
}
