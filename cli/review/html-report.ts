import { escapeHtml as h } from '../../shared/core/text/escape-html.ts';
import { REPORT_CSS } from './html-style.ts';
import {
  httpsLink,
  missingCounts,
  type ReviewEntry,
  type ReviewReport,
  type ReviewStatus,
  STATUS_LABEL,
} from './review-model.ts';
import { barChart, donutChart } from './svg-charts.ts';

const COLORS: Record<ReviewStatus, string> = {
  ok: '#1e8e3e',
  errors: '#d93025',
  failed: '#f29900',
  skipped: '#9aa0a6',
};
const ORDER: readonly ReviewStatus[] = ['ok', 'errors', 'failed', 'skipped'];
const isRead = (e: ReviewEntry) => e.status === 'ok' || e.status === 'errors';
const status = (s: ReviewStatus) => `<span class="status ${s}">${STATUS_LABEL[s]}</span>`;
const fileName = (e: ReviewEntry) => {
  const link = httpsLink(e.link);
  return link ? `<a href="${h(link)}">${h(e.name)}</a>` : h(e.name);
};

function cards(report: ReviewReport): string {
  const card = (cls: string, label: string, n: number) =>
    `<div class="card ${cls}"><b>${n}</b>${label}</div>`;
  return `<section class="cards">${card('', 'Tổng số tệp', report.entries.length)}${ORDER.map((s) => card(s, STATUS_LABEL[s], report.totals[s])).join('')}</section>`;
}

function charts(report: ReviewReport): string {
  const donut = donutChart(
    ORDER.map((s) => ({ label: STATUS_LABEL[s], value: report.totals[s], color: COLORS[s] })),
    String(report.entries.length),
    'Tình trạng các tệp',
  );
  const read = report.entries.filter(isRead).length;
  const bars = barChart(
    report.sections.map((s, i) => ({
      label: s.label,
      value: missingCounts(report)[i] ?? 0,
      color: '#d93025',
    })),
    read,
    'Số văn bản thiếu từng mục bắt buộc',
  );
  return `<section class="charts"><div class="panel"><h3>Tình trạng các tệp</h3>${donut}</div><div class="panel"><h3>Số văn bản thiếu từng mục bắt buộc (trên ${read} văn bản đọc được)</h3>${bars}</div></section>`;
}

function matrix(report: ReviewReport): string {
  // Short column heads (the section numbers) keep the matrix narrow; the legend below names them.
  const head = report.sections.map((s) => `<th class="col" title="${h(s.label)}">${h(s.path)}</th>`).join('');
  const rows = report.entries
    .filter((e) => e.status !== 'skipped')
    .map((e) => {
      const cells = isRead(e)
        ? e.present
            .map(
              (p, i) =>
                `<td class="${p ? 'yes' : 'no'}" title="${h(report.sections[i]?.label ?? '')}: ${p ? 'có' : 'thiếu'}">${p ? '✓' : '✗'}</td>`,
            )
            .join('')
        : `<td class="na" colspan="${Math.max(1, report.sections.length)}">Không đọc được: ${h(e.problem ?? '')}</td>`;
      const missing = e.present.filter((p) => !p).length;
      return `<tr><th scope="row">${fileName(e)}</th>${cells}<td class="num">${isRead(e) ? missing : '—'}</td></tr>`;
    })
    .join('');
  const legend = report.sections
    .map((s) => `<li><b>${h(s.path)}</b> ${h(s.label.replace(/^[^\s]+\s/, ''))}</li>`)
    .join('');
  return `<div class="panel"><table class="matrix"><thead><tr><th>Đơn vị / tệp</th>${head}<th>Số mục thiếu</th></tr></thead><tbody>${rows}</tbody></table><ul class="legend">${legend}</ul></div>`;
}

function documentTable(report: ReviewReport): string {
  const rows = report.entries
    .map((e, i) => {
      const read = isRead(e);
      const missing = report.sections.filter((_, k) => read && !e.present[k]).map((s) => h(s.label));
      const note = read
        ? missing.length
          ? `Thiếu: ${missing.join('; ')}`
          : 'Đủ các mục bắt buộc'
        : h(e.problem ?? '');
      const n = (v: number) => `<td class="num">${read ? v : ''}</td>`;
      return `<tr><td class="num">${i + 1}</td><td>${fileName(e)}${e.cached ? ' <small title="Không đổi từ lần trước, đọc từ bộ nhớ đệm">(bộ nhớ đệm)</small>' : ''}</td><td>${status(e.status)}</td>${n(e.counts.error)}${n(e.counts.warning)}${n(e.counts.info)}<td>${note}</td></tr>`;
    })
    .join('');
  return `<div class="panel"><table class="docs"><thead><tr><th>#</th><th>Tệp</th><th>Trạng thái</th><th>Lỗi</th><th>Cảnh báo</th><th>Gợi ý</th><th>Ghi chú</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function details(report: ReviewReport): string {
  return report.entries
    .filter((e) => isRead(e) && e.findings.length > 0)
    .map(
      (e) =>
        `<details><summary>${h(e.name)} — ${e.counts.error} lỗi, ${e.counts.warning} cảnh báo, ${e.counts.info} gợi ý</summary><ul>${e.findings
          .map((f) => `<li class="${f.severity}">${h(f.where)}: ${h(f.message)}</li>`)
          .join('')}</ul></details>`,
    )
    .join('');
}

/** The review as one self-contained HTML page in Vietnamese: cards, two SVG charts, the matrix, the table, details. */
export function toHtml(report: ReviewReport): string {
  const when = new Date(report.generatedAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Rà soát báo cáo — ${h(report.folder.name)}</title><style>${REPORT_CSS}</style></head>
<body><main>
<h1>Rà soát báo cáo: ${h(report.folder.name)}</h1>
<p class="sub">Đề cương: ${h(report.outline.title)} (${h(report.outline.id)}) · Lập lúc ${h(when)}</p>
${cards(report)}
${charts(report)}
<h2>Mục bắt buộc theo từng văn bản</h2>
${matrix(report)}
<h2>Từng tệp</h2>
${documentTable(report)}
<h2>Chi tiết lỗi và cảnh báo</h2>
${details(report) || '<p>Không có lỗi hay cảnh báo nào.</p>'}
<footer>Lập bằng khung review. ✓ có mục, ✗ thiếu mục. Mục bắt buộc theo đề cương đã chọn.</footer>
</main></body></html>
`;
}
