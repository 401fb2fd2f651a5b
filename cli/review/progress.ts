import { visibleControls as v } from '../terminal-safe.ts';
import { type ReviewEntry, STATUS_LABEL } from './review-model.ts';

/** What the review tells the person waiting. */
export interface Progress {
  /** The folder was listed: `total` files to read. */
  begin(total: number): void;
  /** One file is done (read and checked, failed or skipped). */
  done(entry: ReviewEntry): void;
  /** A call is waiting before a retry (quota or server error). */
  retry(name: string, waitMs: number, status: number | undefined): void;
  end(): void;
}

const WIDTH = 24;

function summary(e: ReviewEntry): string {
  if (e.status === 'failed' || e.status === 'skipped')
    return `${STATUS_LABEL[e.status]}: ${v(e.problem ?? '')}`;
  const cached = e.cached ? ', từ bộ nhớ đệm' : '';
  return `${STATUS_LABEL[e.status]} (${e.counts.error} lỗi, ${e.counts.warning} cảnh báo${cached})`;
}

/**
 * A bar redrawn in place on a terminal (stderr, so stdout stays clean for the summary); one plain line
 * a file when stderr is a file or a pipe (CI logs, `2> log.txt`).
 */
export function createProgress(write: (text: string) => void, tty: boolean): Progress {
  let total = 0;
  let count = 0;
  const bar = (name: string) => {
    const filled = total === 0 ? WIDTH : Math.round((count / total) * WIDTH);
    const shown = v(name.length > 40 ? `${name.slice(0, 39)}…` : name);
    write(`\r\u001b[K[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${count}/${total} ${shown}`);
  };
  return {
    begin(n) {
      total = n;
      if (tty) bar('');
      else write(`khung: đọc ${n} tệp…\n`);
    },
    done(entry) {
      count++;
      if (tty) bar(entry.name);
      else write(`khung: [${count}/${total}] ${v(entry.name)} — ${summary(entry)}\n`);
    },
    retry(name, waitMs, status) {
      const why = `${status ?? 'lỗi mạng'}; chờ ${(waitMs / 1000).toFixed(1)} giây rồi thử lại`;
      if (tty) write(`\r\u001b[K… ${v(name)}: ${why}`);
      else write(`khung: ${v(name)}: ${why}\n`);
    },
    end() {
      if (tty) write('\r\u001b[K');
    },
  };
}
