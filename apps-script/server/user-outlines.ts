import { ORG_LIBRARY_KIND } from '../../shared/core/library/org-library-format.ts';
import { newId, ownImportedOutlines } from '../../shared/core/library/user-ids.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { readJson } from '../../shared/core/text/read-json.ts';
import { validateOrgLibrary } from './org-library-validate.ts';
import { validateOutline } from './outline-validate.ts';
import { builtInOutlines } from './outlines.ts';
import { UserError } from './result.ts';
import { fits } from './schema-check.ts';
import { deleteUserOutline, loadUserOutlines, saveUserOutlines } from './user-store.ts';

/**
 * khungSaveDerivedOutline: the outline the sidebar derived from the open document (a received đề
 * cương, core: derive-outline.ts) is validated as any stored outline is, given a new id from its title
 * that no built-in or other user outline has (shared/core/library/user-ids.ts, as in the extension),
 * and saved in the user's properties.
 */
export function saveDerivedOutline(raw: unknown) {
  const checked = validateOutline(raw, 'Đề cương');
  if (!checked.ok)
    throw new UserError(
      'Không tạo được đề cương từ văn bản này: không tìm thấy các mục có đánh số (I., 1., a)…).',
    );
  if (!fits('outlineName', checked.outline.title))
    throw new UserError('Tên đề cương quá dài (tối đa 200 ký tự).');
  const taken = new Set([...builtInOutlines(), ...loadUserOutlines()].map((o) => o.id));
  const outline: Outline = { ...checked.outline, id: newId(checked.outline.title, taken) };
  saveUserOutlines([outline]);
  const count = countSections(outline.sections);
  return {
    ok: true as const,
    message: `Đã tạo đề cương “${outline.title}” với ${count} mục. Đề cương được lưu trong tài khoản của bạn và có trong danh sách đề cương.`,
  };
}

const countSections = (sections: Outline['sections']): number =>
  sections.reduce((n, s) => n + 1 + countSections(s.children ?? []), 0);

/**
 * khungImportUserOutlines: JSON text holding one outline, an array, { outlines: [...] }, or an
 * organisation library (importOrgLibrary). Every outline is validated first; one invalid outline, too
 * deep a nesting or two outlines with one id reject the whole import and nothing changes.
 */
export function importOutlines(raw: unknown) {
  if (typeof raw !== 'string' || raw.trim() === '')
    throw new UserError('Hãy dán nội dung tệp JSON đề cương cần nhập.');
  const read = readJson(raw);
  if (!read.ok)
    throw new UserError(
      read.problem === 'too-deep'
        ? `Không nhập được, chưa có gì thay đổi. ${read.message}`
        : 'Nội dung không phải JSON hợp lệ; hãy dùng đúng tệp đã xuất từ Khung.',
    );
  const data = read.value;
  if ((data as { kind?: unknown } | null)?.kind === ORG_LIBRARY_KIND) return importOrgLibrary(data);
  const list = Array.isArray(data) ? data : isWrapper(data) ? data.outlines : [data];
  if (list.length === 0) throw new UserError('Tệp không có đề cương nào.');
  const outlines: Outline[] = [];
  list.forEach((item, i) => {
    const label = `Đề cương thứ ${i + 1}`;
    const parsed = validateOutline(item, label);
    if (!parsed.ok)
      throw new UserError(`Không nhập được, chưa có gì thay đổi. ${parsed.errors.slice(0, 3).join('; ')}`);
    const first = outlines.findIndex((o) => o.id === parsed.outline.id);
    // Two outlines with one id would overwrite each other half-way: refuse the file, write nothing.
    if (first !== -1)
      throw new UserError(
        `Không nhập được, chưa có gì thay đổi: đề cương thứ ${first + 1} và ${label.toLowerCase()} cùng mã “${parsed.outline.id}”; hãy đổi mã của một trong hai.`,
      );
    outlines.push(parsed.outline);
  });
  // An outline carrying a built-in outline's id (a file copied from outlines/) becomes the officer's
  // own copy under a new id, as in the extension (shared/core/library/user-ids.ts).
  const own = ownImportedOutlines(
    outlines,
    builtInOutlines().map((o) => o.id),
    loadUserOutlines().map((o) => o.id),
  );
  const renamed = own.filter((o, i) => o.id !== outlines[i]?.id).length;
  saveUserOutlines(own);
  const note =
    renamed > 0
      ? ` ${renamed} đề cương trùng mã đề cương có sẵn của Khung được lưu thành bản riêng với mã mới.`
      : '';
  return { ok: true as const, message: `Đã nhập ${own.length} đề cương.${note}` };
}

/**
 * An organisation library file (`khung library build`): checked in full as the extension checks it
 * (org-library-validate.ts), then its outlines join the user's own, replacing those of the same id —
 * importing the next version is how the add-on is updated. The add-on keeps no snippets of its own:
 * the library's snippets are counted in the message, for the Chrome extension. An outline with a
 * built-in outline's id is left out, as everywhere (built-in outlines are never hidden).
 */
function importOrgLibrary(data: unknown) {
  const checked = validateOrgLibrary(data);
  if (!checked.ok)
    throw new UserError(`Không nhập được, chưa có gì thay đổi. ${checked.errors.slice(0, 3).join('; ')}`);
  const { name, version, outlines, snippets } = checked.library;
  const builtIn = new Set(builtInOutlines().map((o) => o.id));
  const taken = outlines.filter((o) => !builtIn.has(o.id));
  const notes = [
    snippets.length > 0
      ? `${snippets.length} đoạn mẫu của thư viện dùng trong tiện ích Khung cho Chrome.`
      : '',
    taken.length < outlines.length
      ? `Bỏ qua ${outlines.length - taken.length} đề cương trùng mã đề cương có sẵn của Khung.`
      : '',
  ].filter(Boolean);
  if (taken.length === 0)
    throw new UserError(`Thư viện “${name}” không có đề cương nào để nhập. ${notes.join(' ')}`.trim());
  saveUserOutlines(taken);
  return {
    ok: true as const,
    message: [
      `Đã nhập ${taken.length} đề cương của thư viện “${name}”, phiên bản ${version}.`,
      ...notes,
    ].join(' '),
  };
}

const isWrapper = (d: unknown): d is { outlines: unknown[] } =>
  typeof d === 'object' && d !== null && Array.isArray((d as { outlines?: unknown }).outlines);

/** khungExportUserOutlines: the user's outlines as pretty JSON (an array), to keep or share. */
export function exportOutlines() {
  return { ok: true as const, json: JSON.stringify(loadUserOutlines(), null, 2) };
}

/** khungDeleteUserOutline. */
export function deleteOutline(id: unknown) {
  if (typeof id !== 'string' || !deleteUserOutline(id))
    throw new UserError('Không tìm thấy đề cương riêng này; có thể nó đã được xoá.');
  return { ok: true as const, message: 'Đã xoá đề cương.' };
}
