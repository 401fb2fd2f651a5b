import { startTinymce } from './tinymce-setup.ts';

await startTinymce(false);
