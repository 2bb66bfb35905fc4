import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum ExportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: '导出文件格式',
  valuesConfig: { XLSX: { description: 'Excel workbook (.xlsx)' }, CSV: { description: 'Comma-separated values, UTF-8 with BOM (.csv)' } },
});

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv; charset=utf-8';

/** A generated file, base64-encoded (the client saves it under `fileName`). */
@ObjectType('FileDownload', { description: 'A generated file, base64-encoded' })
export class FileDownloadType {
  @Field(() => String, { description: 'Suggested file name' }) fileName!: string;
  @Field(() => String, { description: 'MIME type, e.g. application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
  mimeType!: string;
  @Field(() => String, { description: 'The file’s bytes in base64' }) base64!: string;
}
