import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum ExportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}
registerEnumType(ExportFormat, { name: 'ExportFormat', description: '导出文件格式' });

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv; charset=utf-8';

/** A generated file, base64-encoded (the client saves it under `fileName`). */
@ObjectType('FileDownload')
export class FileDownloadType {
  @Field(() => String) fileName!: string;
  @Field(() => String) mimeType!: string;
  @Field(() => String) base64!: string;
}
