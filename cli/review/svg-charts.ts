import { escapeHtml } from '../../shared/core/text/escape-html.ts';

/** One slice or bar: a label, a value and a colour. */
export interface Datum {
  label: string;
  value: number;
  color: string;
}

/** A ring of the statuses with the total in the middle; inline SVG, no script, no external asset. */
export function donutChart(data: readonly Datum[], centre: string, title: string): string {
  const total = data.reduce((s, d) => s + d.value, 0);
  const r = 60;
  const circumference = 2 * Math.PI * r;
  let offset = 0;
  const arcs = data
    .filter((d) => d.value > 0)
    .map((d) => {
      const length = (d.value / Math.max(1, total)) * circumference;
      const arc = `<circle r="${r}" cx="90" cy="90" fill="none" stroke="${d.color}" stroke-width="28" stroke-dasharray="${length.toFixed(2)} ${(circumference - length).toFixed(2)}" stroke-dashoffset="${(-offset).toFixed(2)}" transform="rotate(-90 90 90)"><title>${escapeHtml(d.label)}: ${d.value}</title></circle>`;
      offset += length;
      return arc;
    })
    .join('');
  const legend = data
    .map(
      (d, i) =>
        `<g transform="translate(200 ${40 + i * 28})"><rect width="16" height="16" rx="3" fill="${d.color}"/><text x="24" y="13">${escapeHtml(d.label)}: <tspan font-weight="700">${d.value}</tspan></text></g>`,
    )
    .join('');
  return `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 400 180" width="400" height="180"><title>${escapeHtml(title)}</title><circle r="${r}" cx="90" cy="90" fill="none" stroke="#eef0f3" stroke-width="28"/>${arcs}<text x="90" y="88" text-anchor="middle" font-size="28" font-weight="700">${escapeHtml(centre)}</text><text x="90" y="110" text-anchor="middle" font-size="12" fill="#5f6673">tệp</text>${legend}</svg>`;
}

/** Horizontal bars, one a required section: how many documents lack it, out of `max`. Labels sit left-aligned. */
export function barChart(data: readonly Datum[], max: number, title: string): string {
  const rowHeight = 26;
  const labelWidth = 290;
  const barWidth = 250;
  const height = Math.max(1, data.length) * rowHeight + 10;
  const rows = data
    .map((d, i) => {
      const y = 5 + i * rowHeight;
      const w = max > 0 ? (d.value / max) * barWidth : 0;
      const label = d.label.length > 36 ? `${d.label.slice(0, 35)}…` : d.label;
      return (
        `<g class="bar"><title>${escapeHtml(d.label)}: thiếu ở ${d.value}/${max} văn bản</title>` +
        `<text x="0" y="${y + 17}">${escapeHtml(label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 4}" width="${barWidth}" height="16" rx="3" fill="#eef0f3"/>` +
        `<rect x="${labelWidth}" y="${y + 4}" width="${w.toFixed(1)}" height="16" rx="3" fill="${d.color}"/>` +
        `<text x="${labelWidth + barWidth + 8}" y="${y + 17}">${d.value}/${max}</text></g>`
      );
    })
    .join('');
  return `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 600 ${height}" width="600" height="${height}"><title>${escapeHtml(title)}</title>${rows}</svg>`;
}
