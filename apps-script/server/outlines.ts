import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { htmlService } from './gas-api.ts';
import { validateOutline } from './outline-validate.ts';
import { OUTLINES_FILE } from './outlines-file.ts';
import { UserError } from './result.ts';
import { loadUserOutlines } from './user-store.ts';

export { OUTLINES_FILE };

let builtIn: Outline[] | null = null;

/** The built-in outlines, read and validated once per execution (an invalid one is left out). */
export function builtInOutlines(): Outline[] {
  if (builtIn) return builtIn;
  let data: unknown = [];
  try {
    data = JSON.parse(htmlService().createHtmlOutputFromFile(OUTLINES_FILE).getContent());
  } catch {
    throw new UserError(
      'Không đọc được danh sách đề cương có sẵn của Khung; hãy cài lại tiện ích (nút “Kiểm tra cài đặt” cho biết chi tiết).',
    );
  }
  const list = Array.isArray(data) ? data : [];
  builtIn = list.flatMap((item) => {
    const parsed = validateOutline(item, 'KhungOutlines');
    return parsed.ok ? [parsed.outline] : [];
  });
  return builtIn;
}

/** Built-in then the user's own outlines. */
export function allOutlines(): Outline[] {
  return [...builtInOutlines(), ...loadUserOutlines()];
}

/** The outline with this id, or a UserError naming it. */
export function findOutline(id: string, outlines: readonly Outline[] = allOutlines()): Outline {
  const outline = outlines.find((o) => o.id === id);
  if (!outline)
    throw new UserError(`Không tìm thấy đề cương “${id}”; có thể nó đã bị xoá. Hãy chọn lại đề cương.`);
  return outline;
}

/** Forgets the cached outlines (tests run many executions in one process). */
export function resetOutlineCache(): void {
  builtIn = null;
}
