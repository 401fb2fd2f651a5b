import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltInOutlines } from '../../cli/load-outlines.ts';
import { type Io, main } from '../../cli/main.ts';
import { readDocument } from '../../cli/read-document.ts';
import { docFromText } from '../../shared/core/document/from-text.ts';
import { flattenSections } from '../../shared/core/outline/flatten-sections.ts';
import { skeletonToText } from '../../shared/core/outline/format-skeleton.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { renderSkeleton } from '../../shared/core/outline/render-skeleton.ts';
import type { SkeletonBlock } from '../../shared/core/outline/skeleton-block.ts';
import { checkDocument } from '../../shared/core/rules/check-document.ts';
import { skeletonToDocx } from '../../shared/docx/skeleton-docx.ts';

// Skeleton → .docx → read back by the CLI's .docx reader → check: the Word file must carry every
// section of its outline, and a report written in it must check as cleanly as the same text does.

const dir = mkdtempSync(join(tmpdir(), 'khung-skeleton-docx-'));
const { outlines } = loadBuiltInOutlines();
const TODAY = new Date(2026, 10, 21);

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), color: false };
  return { code: await main(argv, io), out, err };
}

/** Type abbreviations of the ký hiệu (NĐ 30/2020, Phụ lục III, mục I). */
const TYPE_ABBREVIATION: Readonly<Record<string, string>> = {
  'bao-cao': 'BC',
  'ke-hoach': 'KH',
  'huong-dan': 'HD',
  'chuong-trinh': 'CTr',
  'thong-bao': 'TB',
  'to-trinh': 'TTr',
  'quyet-dinh': 'QĐ',
  'nghi-quyet': 'NQ',
};

/** Parameters as an officer fills them; a công văn's ký hiệu names no type (NĐ 30, Phụ lục I, II.3). */
function paramsFor(outline: Outline): Record<string, string> {
  const kyHieu = ['cong-van', 'de-cuong'].includes(outline.documentType)
    ? 'LĐLĐ-VP'
    : `${TYPE_ABBREVIATION[outline.documentType] ?? 'BC'}-CĐCS`;
  const sample: Record<string, string> = {
    capTren: 'LĐLĐ tỉnh Cao Bằng',
    donVi: 'Công đoàn cơ sở Trường THPT Lê Lợi',
    so: '15',
    kyHieu,
    diaDanh: 'Cao Bằng',
    nam: '2026',
    kinhGui: 'Ban Thường vụ Liên đoàn Lao động tỉnh Cao Bằng',
    donViSoanThao: 'BCH',
    nguoiKy: 'Nguyễn Văn An',
    canCu: 'Thực hiện Kế hoạch số 12/KH-LĐLĐ ngày 05 tháng 01 năm 2026 của Liên đoàn Lao động tỉnh',
  };
  return Object.fromEntries(
    outline.parameters.map((p) => [
      p.id,
      sample[p.id] ??
        p.default ??
        p.options?.[0] ??
        (p.kind === 'number' ? '2026' : p.kind === 'date' ? '' : `nội dung ${p.id}`),
    ]),
  );
}

/** The skeleton written up: each prompt replaced by content, a paragraph under every bare section. */
function writtenUp(outline: Outline): SkeletonBlock[] {
  const content = (text: string): SkeletonBlock => ({
    role: 'opening',
    text,
    style: { alignment: 'justify', indentFirstLinePt: 36 },
  });
  const blocks = renderSkeleton(outline, paramsFor(outline), TODAY).map((b) =>
    b.role === 'guidance'
      ? content('Kết quả thực hiện được nêu cụ thể bằng số liệu của đơn vị trong kỳ báo cáo.')
      : b,
  );
  const out: SkeletonBlock[] = [];
  for (const [i, b] of blocks.entries()) {
    out.push(b);
    const next = blocks[i + 1];
    if (b.role === 'heading' && next && next.role !== 'opening' && next.sectionId !== b.sectionId)
      out.push(content('Đơn vị đã triển khai đầy đủ nội dung này trong kỳ.'));
  }
  return out;
}

/** Writes the blocks as .docx, reads the file back as `khung check` reads it, checks it. */
async function roundTrip(outline: Outline, blocks: readonly SkeletonBlock[], name: string) {
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, await skeletonToDocx(blocks, outline.title));
  const doc = await readDocument(file);
  const result = checkDocument(doc, { outline, outlines });
  const found = (result.match?.sections ?? []).filter((s) => s.block >= 0).length;
  return { doc, result, found };
}

const asText = (outline: Outline, blocks: readonly SkeletonBlock[]) =>
  checkDocument(docFromText(skeletonToText(blocks), { name: `${outline.id}.txt` }), { outline, outlines });
const said = (r: ReturnType<typeof checkDocument>) =>
  new Set(r.findings.map((f) => `${f.ruleId}: ${f.message}`));

describe('khung skeleton --format docx', () => {
  it('writes a Word file to --out, says so on stderr, and khung check finds its sections', async () => {
    const file = join(dir, 'bao-cao.docx');
    const { code, out, err } = await run(
      'skeleton',
      'bao-cao-6-thang',
      '--format',
      'docx',
      '--out',
      file,
      '--param',
      'donVi=Công đoàn cơ sở Trường Tiểu học Hòa Bình',
    );
    expect({ code, out }).toEqual({ code: 0, out: '' });
    expect(err).toContain('đã ghi khung văn bản (Word .docx)');
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    const check = await run('check', file, '--outline', 'bao-cao-6-thang', '--format', 'json');
    const report = JSON.parse(check.out);
    expect(report.sections.length).toBe(17);
    expect(report.sections.every((c: { found: boolean }) => c.found)).toBe(true);
    // What is left are the prompts to replace and the blanks to fill, none about the form.
    const rules = new Set(report.findings.map((f: { ruleId: string }) => f.ruleId));
    expect([...rules].sort()).toEqual(['chu-ky', 'empty-section', 'leftover-guidance', 'placeholder-text']);
    const doc = await readDocument(file);
    expect(doc.blocks.map((b) => b.text)).toContain('CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC HÒA BÌNH');
  });

  it('takes the format from the --out name: .docx is Word, .txt text, anything else Markdown', async () => {
    const word = join(dir, 'theo-ten.docx');
    expect((await run('skeleton', 'ke-hoach', '--out', word)).code).toBe(0);
    expect(readFileSync(word).subarray(0, 2).toString()).toBe('PK');
    const md = join(dir, 'theo-ten.md');
    expect((await run('skeleton', 'ke-hoach', '--out', md)).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toMatch(/^\| .* \|$/m);
    const text = join(dir, 'theo-ten.txt');
    expect((await run('skeleton', 'ke-hoach', '--out', text)).code).toBe(0);
    expect(readFileSync(text, 'utf8')).not.toContain('|');
  });

  it('refuses a Word file without --out (no bytes on the terminal), in Vietnamese, exit 2', async () => {
    const { code, out, err } = await run('skeleton', 'ke-hoach', '--format', 'docx');
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toBe(
      'khung: tệp Word cần nơi ghi: thêm --out <tên-tệp.docx>, ví dụ: khung skeleton bao-cao-nam --out bao-cao.docx\n',
    );
  });

  it('says plainly when the file cannot be written', async () => {
    const { code, err } = await run('skeleton', 'ke-hoach', '--out', join(dir, 'không-có', 'x.docx'));
    expect(code).toBe(2);
    expect(err).toMatch(/^khung: Không ghi được tệp \(thư mục không tồn tại\): .*x\.docx\n$/);
    expect(existsSync(join(dir, 'không-có'))).toBe(false);
  });

  it('says so in the command’s help', async () => {
    const { code, out } = await run('skeleton', '--help');
    expect(code).toBe(0);
    expect(out).toContain('[--format md|text|docx] [--out <tệp>]');
    expect(out).toContain('Tệp Word luôn cần --out.');
  });

  it('names the new format when --format is wrong', async () => {
    const { code, err } = await run('skeleton', 'ke-hoach', '--format', 'doc');
    expect(code).toBe(2);
    expect(err).toContain('--format chỉ nhận: md, text, docx');
  });
});

describe('round trip: skeleton → .docx → khung check', () => {
  it.each(outlines.map((o) => [o.id, o] as const))(
    '%s: every section found, blank or filled in; nothing the same skeleton as text does not also get',
    async (_, outline) => {
      const blank = await roundTrip(outline, renderSkeleton(outline, {}, TODAY), `${outline.id}-trong`);
      expect(blank.result.match?.outline.id).toBe(outline.id);
      expect(blank.found).toBe(flattenSections(outline).length);
      // Parameters filled, prompts left in: the findings are the text's (prompts, empty sections).
      const blocks = renderSkeleton(outline, paramsFor(outline), TODAY);
      const filled = await roundTrip(outline, blocks, `${outline.id}-dien`);
      expect(filled.found).toBe(flattenSections(outline).length);
      const text = said(asText(outline, blocks));
      expect([...said(filled.result)].filter((f) => !text.has(f))).toEqual([]);
    },
  );

  it.each(outlines.map((o) => [o.id, o] as const))(
    '%s written up: every section found and no error',
    async (_, outline) => {
      const { doc, result, found } = await roundTrip(outline, writtenUp(outline), `${outline.id}-viet`);
      expect(found).toBe(flattenSections(outline).length);
      const errors = result.findings
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.ruleId}: ${f.message} «${doc.blocks[f.block]?.text ?? ''}»`);
      expect(errors).toEqual([]);
    },
  );
});
