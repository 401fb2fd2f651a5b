import { useState } from 'preact/hooks';
import { type OutlineChoice, OutlinePicker } from '../../shared/ui/outline-picker.tsx';
import { ParamsForm } from '../../shared/ui/params-form.tsx';
import type { Status } from '../../shared/ui/status-bar.tsx';
import { server } from './bridge.ts';
import { outlineParameters } from './outline-params.ts';

/** Tab "Chèn đề cương": choose an outline, fill the document's details, insert the skeleton. */
export function InsertTab(props: {
  choices: readonly OutlineChoice[];
  initialOutline: string;
  params: Record<string, string>;
  docEmpty: boolean;
  onStatus: (status: Status | null) => void;
  onInserted: () => void;
}) {
  const [outlineId, setOutlineId] = useState(
    props.choices.some((c) => c.id === props.initialOutline)
      ? props.initialOutline
      : (props.choices[0]?.id ?? ''),
  );
  const [params, setParams] = useState<Record<string, string>>(props.params);
  const [busy, setBusy] = useState(false);

  const insert = async () => {
    setBusy(true);
    props.onStatus({ kind: 'info', text: 'Đang chèn đề cương vào văn bản…' });
    const reply = await server.insertOutline(outlineId, params);
    setBusy(false);
    if (!reply.ok) {
      props.onStatus({ kind: 'error', text: reply.message });
      return;
    }
    props.onStatus({ kind: 'success', text: reply.message });
    // Remembered per user for next time (issue 4 §3); a failure to remember is not worth a message.
    void server.saveParams(params);
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
    </div>
  );
}
