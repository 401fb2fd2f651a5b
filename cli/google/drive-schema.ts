import { z } from 'zod';

/** MIME types Drive gives the files `khung review` reads (developers.google.com/drive/api/guides/mime-types). */
export const MIME = {
  folder: 'application/vnd.google-apps.folder',
  googleDoc: 'application/vnd.google-apps.document',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** The subset of the Drive v3 `File` resource asked for with `fields` and read by Khung. */
export const DriveFile = z.looseObject({
  id: z.string(),
  name: z.string().default(''),
  mimeType: z.string().default(''),
  modifiedTime: z.string().optional(),
  version: z.string().optional(),
  webViewLink: z.string().optional(),
  trashed: z.boolean().optional(),
});
export type DriveFile = z.infer<typeof DriveFile>;

/** A `files.list` page. */
export const DriveFileList = z.looseObject({
  nextPageToken: z.string().optional(),
  files: z.array(DriveFile).default([]),
});
export type DriveFileList = z.infer<typeof DriveFileList>;

/** The fields `files.get` and `files.list` ask for (smaller responses, and the version for the cache). */
export const FILE_FIELDS = 'id,name,mimeType,modifiedTime,version,webViewLink,trashed';
