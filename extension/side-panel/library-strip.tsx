import './library-strip.css';
import type { PanelLibrary } from './library.ts';

/**
 * The three libraries the panel draws on, named in one line under the header: Khung's built-in one,
 * the organisation's (read-only, with its federation and version), and the officer's own.
 */
export function LibraryStrip({ library }: { library: PanelLibrary }) {
  const { counts, org } = library.libraries;
  const size = (c: { outlines: number; snippets: number }) =>
    `${c.outlines} đề cương, ${c.snippets} đoạn mẫu`;
  return (
    <p class="k-hint k-libraries" data-testid="libraries">
      <span title={size(counts.builtin)}>Có sẵn</span>
      {' · '}
      {org ? (
        <span data-testid="org-library" title={`${size(counts.org)} · chỉ đọc · SHA-256 ${org.hash}`}>
          {org.name} (phiên bản {org.version})
        </span>
      ) : (
        <span class="k-muted">Chưa có thư viện của tổ chức</span>
      )}
      {' · '}
      <span title={size(counts.personal)}>
        Của tôi ({counts.personal.outlines + counts.personal.snippets})
      </span>
    </p>
  );
}
