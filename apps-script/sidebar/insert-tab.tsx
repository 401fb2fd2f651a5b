import { useState } from 'preact/hooks';
import { unitParameters } from '../../shared/core/outline/remembered-parameters.ts';
import { type OutlineChoice, OutlinePicker } from '../../shared/ui/outline-picker.tsx';
import { ParamsForm } from '../../shared/ui/params-form.tsx';
import { type Status, StatusBar } from '../../shared/ui/status-bar.tsx';
import { server } from './bridge.ts';
import { outlineParameters } from './sidebar-library.ts';

/**
 * Tab "Chèn đề cương": choose an outline, fill the document's details, insert the skeleton. The form
 * starts from the unit's details remembered last time (never a number, date or year: each document
 * has its own), and is left that way after an insert, ready for the next document.
 */
export function InsertTab(props: {
  choices: readonly OutlineChoice[];
  initialOutline: string;
  params: Record<string, string>;
  docEmpty: boolean;
  onInserted: () => void;
}) {
  const [outlineId, setOutlineId] = useState(
    props.choices.some((c) => c.id === props.initialOutline)
      ? props.initialOutline
      : (props.choices[0]?.id ?? ''),
  );
  const [params, setParams] = useState<Record<string, string>>(() => unitParameters(props.params));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  const insert = async () => {
    setBusy(true);
    setStatus({ kind: 'info', text: 'Đang chèn đề cương vào văn bản…' });
    const reply = await server.insertOutline(outlineId, params);
    setBusy(false);
    if (!reply.ok) {
      setStatus({ kind: 'error', text: reply.message });
      return;
    }
    setStatus({ kind: 'success', text: reply.message });
    // The server keeps the unit's details for next time; the form drops this document's own.
    setParams(unitParameters(params));
    props.onInserted();
  };

  return (
    <div class="k-insert-tab">
      <OutlinePicker
        id="k-insert-outline"
        outlines={props.choices}
        value={outlineId}
        onChange={setOutlineId}
        label="Đề cương cần chèn"
      />
      <p class="k-hint">
        {props.docEmpty
          ? 'Văn bản đang trống: Khung chèn từ đầu và đặt khổ A4, lề theo Nghị định 30/2020.'
          : 'Khung chèn tại vị trí con trỏ trong văn bản.'}
      </p>
      <h2 class="k-section-heading">Thông tin văn bản</h2>
      <ParamsForm
        parameters={outlineParameters(outlineId)}
        values={params}
        onChange={setParams}
        onSubmit={() => void insert()}
        submitLabel="Chèn đề cương"
        busy={busy}
        disabled={outlineId === ''}
      />
      <StatusBar status={status} onDismiss={() => setStatus(null)} />
    </div>
  );
}
