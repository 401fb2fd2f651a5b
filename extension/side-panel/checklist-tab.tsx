import { outlineExplanation } from '../../shared/core/report/outline-explanation.ts';
import { CheckResults } from '../../shared/ui/check-results.tsx';
import { AUTO, type OutlineChoice, OutlinePicker } from '../../shared/ui/outline-picker.tsx';
import { Spinner } from '../../shared/ui/spinner.tsx';
import { selectInPage } from './page-link.ts';
import { useLiveCheck } from './use-live-check.ts';

/** The names of the editors the content script detects, as the officer knows them. */
const EDITOR_NAMES: Readonly<Record<string, string>> = {
  textarea: 'ô nhập văn bản',
  contenteditable: 'ô soạn thảo',
  ckeditor5: 'CKEditor',
  ckeditor4: 'CKEditor',
  prosemirror: 'ProseMirror/Tiptap',
  lexical: 'Lexical',
  quill: 'Quill',
  tinymce: 'TinyMCE',
  slate: 'Slate',
  draftjs: 'Draft.js',
  summernote: 'Summernote',
  suneditor: 'SunEditor',
  jodit: 'Jodit',
  trix: 'Trix',
  codemirror: 'CodeMirror',
  monaco: 'Monaco',
  gdocs: 'Google Tài liệu',
};

/**
 * Tab "Danh mục kiểm tra": the live checklist and findings of the focused editor of the target tab,
 * in the results view the sidebar shows too (summary kept at the top, findings one click away).
 */
export function ChecklistTab(props: {
  /** null while the library is loading: the chosen id is then trusted (the worker falls back to auto). */
  choices: readonly OutlineChoice[] | null;
  outlineId: string;
  onOutlineChange: (id: string) => void;
  /** Changes whenever the check must run again: the library reloaded (a new user outline may be the
   * one detected), the site switched on or off. Compared item by item. */
  revision: readonly unknown[];
}) {
  // An outline deleted since it was chosen falls back to detection, as the worker does.
  const known = props.choices === null || props.choices.some((o) => o.id === props.outlineId);
  const chosen = known ? props.outlineId : AUTO;
  const { state: live, tab, connect, refresh } = useLiveCheck(chosen, props.revision);
  // A result checked against another outline than the one now chosen is not shown, not even for the
  // moment before the new check starts: the spinner shows until the new one comes.
  const state = live.kind === 'ready' && live.outlineId !== chosen ? ({ kind: 'loading' } as const) : live;
  const view = state.kind === 'ready' ? state.view : null;
  const select = (block: number) => {
    if (state.kind !== 'ready' || !tab) return;
    const paragraph = state.paragraphOfBlock[block] ?? -1;
    if (paragraph >= 0) void selectInPage(tab.id, paragraph);
  };

  return (
    <div class="k-check-tab">
      <OutlinePicker
        outlines={props.choices ?? []}
        value={chosen}
        onChange={props.onOutlineChange}
        allowAuto
        detected={state.kind === 'ready' ? (view?.outline?.title ?? null) : undefined}
        note={state.kind === 'ready' && view ? outlineExplanation(view) : undefined}
        label="Đối chiếu với đề cương"
      />
      {state.kind === 'loading' && <Spinner label="Đang đọc văn bản trên trang…" showLabel />}
      {state.kind === 'blocked' && (
        <div class="k-card" data-testid="check-blocked">
          <p class="k-empty">{state.message}</p>
          <div class="k-actions">
            {state.needsGrant ? (
              <button type="button" class="k-button k-button-primary" onClick={() => void connect()}>
                Dùng Khung trên trang này
              </button>
            ) : (
              <button type="button" class="k-button" onClick={() => void refresh()}>
                Đọc lại
              </button>
            )}
          </div>
        </div>
      )}
      {state.kind === 'ready' && view && (
        <CheckResults
          view={view}
          source={`Đang theo dõi ${EDITOR_NAMES[state.editor] ?? 'ô soạn thảo'} · ${state.paragraphOfBlock.length} đoạn · tự cập nhật khi bạn gõ`}
          onSelect={select}
        />
      )}
    </div>
  );
}
