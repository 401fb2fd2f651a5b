import { useMemo, useRef, useState } from 'preact/hooks';
import { createSnippetIndex, searchSnippets } from '../core/snippets/search-snippets.ts';
import type { Snippet } from '../core/snippets/snippet-schema.ts';
import { GROUP_LABELS, GROUP_ORDER } from './snippet-groups.ts';

/** A titled run of results: "Dùng gần đây", a group, or the search hits. */
interface Section {
  key: string;
  title: string;
  items: Snippet[];
}

/** The first line of a snippet as the officer will see it: fields shown as the blank they leave. */
function previewLine(snippet: Snippet): string {
  return (snippet.body.split('\n')[0] ?? '').replace(/\{\{\s*[A-Za-z][A-Za-z0-9_]*\s*\}\}/g, '……');
}

/** Splits the whole library (no query) into recently used first, then the groups in order. */
function groupedSections(all: readonly Snippet[], recent: readonly string[]): Section[] {
  const byId = new Map(all.map((s) => [s.id, s]));
  const recentItems = recent.map((id) => byId.get(id)).filter((s): s is Snippet => s !== undefined);
  const sections: Section[] = [];
  if (recentItems.length > 0)
    sections.push({ key: 'recent', title: 'Dùng gần đây', items: recentItems.slice(0, 5) });
  for (const group of GROUP_ORDER) {
    const items = all.filter((s) => s.group === group);
    if (items.length > 0) sections.push({ key: group, title: GROUP_LABELS[group], items });
  }
  return sections;
}

/**
 * The snippet library: a search box that ignores diacritics ("noi nhan" finds "Nơi nhận"), results
 * grouped (recently used first) or ranked when searching, ↑/↓ to move and Enter to choose, a click
 * to choose. `onChoose` gets the snippet; the host inserts it or opens its fill-in form.
 */
export function SnippetBrowser(props: {
  snippets: readonly Snippet[];
  recent: readonly string[];
  onChoose: (snippet: Snippet) => void;
  busy?: boolean;
}) {
  const { snippets, recent, onChoose } = props;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const index = useMemo(() => createSnippetIndex(snippets), [snippets]);
  const sections = useMemo<Section[]>(() => {
    if (query.trim() === '') return groupedSections(snippets, recent);
    const hits = searchSnippets(index, query, { recent });
    return [{ key: 'hits', title: `${hits.length} kết quả`, items: hits }];
  }, [index, snippets, recent, query]);
  const flat = sections.flatMap((s) => s.items.map((item) => ({ item, key: `${s.key}:${item.id}` })));
  const current = Math.min(active, flat.length - 1);

  const moveTo = (i: number) => {
    setActive(i);
    listRef.current?.querySelector(`[data-pos="${i}"]`)?.scrollIntoView({ block: 'nearest' });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') moveTo(Math.min(current + 1, flat.length - 1));
    else if (event.key === 'ArrowUp') moveTo(Math.max(current - 1, 0));
    else if (event.key === 'Enter') {
      const chosen = flat[current];
      if (chosen && !props.busy) onChoose(chosen.item);
    } else return;
    event.preventDefault();
  };

  let pos = 0;
  return (
    <div class="k-snippets">
      <div class="k-field">
        <label for="k-snippet-search">Tìm đoạn mẫu</label>
        <input
          id="k-snippet-search"
          class="k-input k-search"
          type="search"
          placeholder="Gõ không dấu cũng được: noi nhan, can cu…"
          autocomplete="off"
          aria-controls="k-snippet-list"
          aria-activedescendant={flat[current] ? `k-snippet-${current}` : undefined}
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      {flat.length === 0 ? (
        <p class="k-empty">{`Không có đoạn mẫu nào khớp “${query.trim()}”.`}</p>
      ) : (
        <div id="k-snippet-list" class="k-snippet-list" role="listbox" aria-label="Đoạn mẫu" ref={listRef}>
          {sections.map((section) => (
            // biome-ignore lint/a11y/useSemanticElements: a titled group of options inside a listbox (WAI-ARIA listbox pattern); <fieldset> is for form controls
            <div
              key={section.key}
              role="group"
              aria-labelledby={`k-group-${section.key}`}
              class="k-snippet-section"
            >
              <div class="k-section-title" id={`k-group-${section.key}`}>
                {section.title}
              </div>
              {section.items.map((s) => {
                const i = pos++;
                return (
                  <div
                    key={`${section.key}:${s.id}`}
                    id={`k-snippet-${i}`}
                    data-pos={i}
                    data-snippet={s.id}
                    role="option"
                    tabIndex={-1}
                    aria-selected={i === current}
                    class={`k-snippet${i === current ? ' k-active' : ''}`}
                    onMouseEnter={() => setActive(i)}
                    onClick={() => !props.busy && onChoose(s)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' && !props.busy) onChoose(s);
                    }}
                  >
                    <span class="k-snippet-label">
                      {s.label}
                      {s.legacy && <span class="k-badge">cũ</span>}
                    </span>
                    <span class="k-snippet-preview">{previewLine(s)}</span>
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      )}
      <p class="k-hint">↑/↓ để chọn, Enter để chèn.</p>
    </div>
  );
}
