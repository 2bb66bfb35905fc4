/** The checks of an uploaded file before anything is stored: base64, size, type by content, a name that fits it. */
import { BadUserInput } from '../../../errors.js';
import { ALLOWED_EXTENSIONS, sniff, type FileKind } from './document.sniff.js';

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
export const MAX_DOCUMENTS_PER_STEP = 20;
const MAX_NAME_LENGTH = 120;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface CheckedFile {
  content: Buffer;
  kind: FileKind;
  fileName: string;
}

function refuse(field: string, reason: string, message: string): never {
  throw new BadUserInput(message, { field, reason });
}

export function checkUpload(fileName: string, contentBase64: string): CheckedFile {
  const text = contentBase64.replace(/\s+/g, '');
  if (text.length % 4 !== 0 || !BASE64.test(text))
    refuse('contentBase64', 'BAD_BASE64', '文件内容（contentBase64）应为 base64 编码，请重新选择文件上传');
  if (text.length > Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4)
    refuse('contentBase64', 'FILE_TOO_LARGE', tooLarge(Math.floor((text.length * 3) / 4)));
  const content = Buffer.from(text, 'base64');
  if (content.length === 0) refuse('contentBase64', 'EMPTY_FILE', '文件是空的，请选择有内容的文件');
  if (content.length > MAX_DOCUMENT_BYTES) refuse('contentBase64', 'FILE_TOO_LARGE', tooLarge(content.length));
  const kind = sniff(content);
  if (!kind) {
    refuse(
      'contentBase64',
      'FILE_TYPE_NOT_ALLOWED',
      `“${fileName}”不是可接受的文件：只能上传 PDF、JPG、PNG 图片和 Word、Excel 文件（${ALLOWED_EXTENSIONS.map((e) => '.' + e).join('、')}）`,
    );
  }
  return { content, kind, fileName: cleanName(fileName, kind) };
}

function tooLarge(bytes: number): string {
  return `文件过大（${(bytes / 1024 / 1024).toFixed(1)} MB），每个文件最大 ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB；照片请压缩或分开上传`;
}

/** The name without any folder or control characters; its extension must be the content's (one is added if none). */
function cleanName(raw: string, kind: FileKind): string {
  const name = raw
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  if (!name || name === '.' || name === '..') refuse('fileName', 'BAD_FILE_NAME', '请填写文件名（fileName）');
  if ([...name].length > MAX_NAME_LENGTH) refuse('fileName', 'BAD_FILE_NAME', `文件名过长（最多${MAX_NAME_LENGTH}个字），请改短后上传`);
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (!ext) return `${name}.${kind.extensions[0]}`;
  if ((kind.extensions as readonly string[]).includes(ext)) return name;
  return refuse(
    'fileName',
    'EXTENSION_MISMATCH',
    `“${name}”的内容是${kind.label}，与扩展名 .${ext} 不符；请核对是否选错了文件，或改为 .${kind.extensions[0]} 后上传`,
  );
}
