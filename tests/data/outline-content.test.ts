import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltInOutlines } from '../../cli/load-outlines.ts';
import { docFromText } from '../../shared/core/document/from-text.ts';
import { flattenSections } from '../../shared/core/outline/flatten-sections.ts';
import { skeletonToText } from '../../shared/core/outline/format-skeleton.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { renderSkeleton } from '../../shared/core/outline/render-skeleton.ts';
import type { SkeletonBlock } from '../../shared/core/outline/skeleton-block.ts';
import { checkDocument } from '../../shared/core/rules/check-document.ts';
import { hasSeeds, outlinesDir, seedsDir } from './library-files.ts';

const { outlines, errors } = loadBuiltInOutlines(outlinesDir);
const byId = new Map(outlines.map((o) => [o.id, o]));
const generic = outlines.filter((o) => o.provenance.seed === undefined);
const fromSeeds = outlines.filter((o) => o.provenance.seed !== undefined);

/** Sample values for every parameter, as an officer would fill them in the form. */
const SAMPLE: Record<string, string> = {
  capTren: 'LĐLĐ tỉnh Cao Bằng',
  donVi: 'Công đoàn cơ sở Trường THPT Lê Lợi',
  so: '15',
  diaDanh: 'Cao Bằng',
  nam: '2026',
  kinhGui: 'Ban Thường vụ Liên đoàn Lao động tỉnh Cao Bằng',
  donViSoanThao: 'BCH',
  nguoiKy: 'Nguyễn Văn An',
  // An opening starts with it: a sentence, as an officer writes it.
  canCu: 'Thực hiện Kế hoạch số 12/KH-LĐLĐ ngày 05 tháng 01 năm 2026 của Liên đoàn Lao động tỉnh',
};
/** Ký hiệu by type (NĐ 30, Phụ lục III, mục I); a công văn has none, only body and unit. */
const KY_HIEU: Record<Outline['documentType'], string> = {
  'bao-cao': 'BC-CĐCS',
  'ke-hoach': 'KH-LĐLĐ',
  'huong-dan': 'HD-LĐLĐ',
  'cong-van': 'LĐLĐ-VP',
  'chuong-trinh': 'CTr-CĐCS',
  'thong-bao': 'TB-LĐLĐ',
  'to-trinh': 'TTr-CĐCS',
  'quyet-dinh': 'QĐ-LĐLĐ',
  'nghi-quyet': 'NQ-LĐLĐ',
  'de-cuong': 'LĐLĐ-VP',
};
const sampleValue = (outline: Outline, p: Outline['parameters'][number]): string =>
  p.id === 'kyHieu'
    ? KY_HIEU[outline.documentType]
    : (SAMPLE[p.id] ??
      p.default ??
      p.options?.[0] ??
      (p.kind === 'number' ? '2026' : p.kind === 'date' ? '' : `nội dung ${p.id}`));

/**
 * The skeleton written up as an officer would: parameters filled, each prompt replaced by a
 * paragraph of content (a prompt left in is a finding of its own, not what this test is about).
 */
function writtenUp(outline: Outline): string {
  const params = Object.fromEntries(outline.parameters.map((p) => [p.id, sampleValue(outline, p)]));
  const blocks = renderSkeleton(outline, params, new Date(2026, 10, 21)).map(
    (b): SkeletonBlock =>
      b.role === 'guidance'
        ? { ...b, text: 'Kết quả thực hiện được nêu cụ thể bằng số liệu của đơn vị trong kỳ báo cáo.' }
        : b,
  );
  // Sections without a prompt still get a paragraph, so none is left empty.
  const out: SkeletonBlock[] = [];
  for (const [i, b] of blocks.entries()) {
    out.push(b);
    const next = blocks[i + 1];
    if (b.role === 'heading' && next && next.role !== 'guidance' && next.sectionId !== b.sectionId)
      out.push({ role: 'guidance', text: 'Đơn vị đã triển khai đầy đủ nội dung này trong kỳ.', style: {} });
  }
  return skeletonToText(out);
}

describe('outlines/: the library', () => {
  it('loads without errors', () => expect(errors).toEqual([]));

  it('has the generic outlines of NĐ 30 Mẫu 1.4/1.5 and union practice', () => {
    const kinds = generic.map((o) => o.id);
    for (const id of [
      'bao-cao-6-thang',
      'bao-cao-nam',
      'bao-cao-so-ket',
      'bao-cao-tong-ket',
      'ke-hoach',
      'huong-dan',
      'cong-van',
      'chuong-trinh-cong-tac',
      'thong-bao',
      'to-trinh',
      'quyet-dinh',
    ])
      expect(kinds, id).toContain(id);
  });

  it.each(outlines.map((o) => [o.id, o] as const))('%s has a complete frame', (_, o) => {
    const f = o.frame;
    expect(f.subject, 'trích yếu').toBeTruthy();
    // Quyền hạn and chức vụ as rendered with the defaults (they may be {{parameters}}).
    const signature = renderSkeleton(o, {}).filter((b) => b.role === 'signature');
    expect(signature[0]?.text, 'quyền hạn ký').toMatch(/^((TM|KT|TL|TUQ|Q)\. )?[\p{Lu} ]+$/u);
    expect(signature[1]?.text, 'chức vụ').toMatch(/^[\p{Lu} ]+$/u);
    expect(f.noiNhan?.at(-1), 'dòng Lưu').toMatch(/^- Lưu: VT, .+\.$/);
    for (const line of f.noiNhan?.slice(0, -1) ?? []) expect(line).toMatch(/^- .+;$/);
    if (o.documentType === 'cong-van') expect(f.typeName, 'công văn không in tên loại').toBeUndefined();
    else expect(f.typeName).toBe(f.typeName?.toLocaleUpperCase('vi'));
    if (f.kinhGui)
      expect(f.noiNhan?.[0], 'có Kính gửi thì Nơi nhận mở đầu “- Như trên;”').toBe('- Như trên;');
    if (o.documentType !== 'quyet-dinh') expect(f.closing, 'kết thúc bằng ./.').toMatch(/\.\/\.$/);
    // Every {{parameter}} the frame uses is declared, so the form asks for it (namSau follows nam);
    // and every declared one is used, by the frame or by the header and signature the renderer writes.
    const used = new Set(
      (JSON.stringify(f).match(/\{\{\s*(\w+)\s*\}\}/g) ?? []).map((u) => u.replace(/[{}\s]/g, '')),
    );
    const declared = new Set(o.parameters.map((p) => p.id));
    for (const u of used)
      if (u !== 'namSau') expect(declared, `${o.id}: {{${u}}} chưa khai báo`).toContain(u);
    const implicit = ['capTren', 'donVi', 'so', 'kyHieu', 'diaDanh', 'ngay', 'nguoiKy', 'donViSoanThao'];
    if (f.kinhGui) implicit.push('kinhGui');
    for (const d of declared) expect([...used, ...implicit], `${o.id}: tham số ${d} không dùng`).toContain(d);
  });

  it.each(generic.map((o) => [o.id, o] as const))(
    '%s (generic) closes "Trên đây là … ./." or its type\'s form',
    (_, o) => {
      if (['bao-cao', 'ke-hoach', 'huong-dan', 'chuong-trinh'].includes(o.documentType))
        expect(o.frame.closing).toMatch(/^Trên đây là .+\.\/\.$/);
      expect(o.provenance.verified).toBe(false);
    },
  );
});

describe('the skeleton prints a parameter in capitals where NĐ 30 prints the line in capitals', () => {
  it.each(outlines.map((o) => [o.id, o] as const))('%s', (_, outline) => {
    const typed = {
      capTren: 'Liên đoàn Lao động tỉnh Cao Bằng',
      donVi: 'Công đoàn cơ sở Trường Tiểu học Kim Đồng',
    };
    const params = {
      ...typed,
      chucVu: 'Phó Chủ tịch',
      quyenHan: 'TM. Ban Chấp hành',
      nguoiKy: 'Lê Văn Bình',
    };
    const blocks = renderSkeleton(outline, params, new Date(2026, 10, 21));
    const header = blocks.filter((b) => b.role === 'header' && b.column === 'left').map((b) => b.text);
    expect(header.slice(0, 2)).toEqual(Object.values(typed).map((v) => v.toLocaleUpperCase('vi')));
    const signature = blocks.filter((b) => b.role === 'signature').map((b) => b.text);
    for (const line of signature.slice(0, 2)) expect(line).toBe(line.toLocaleUpperCase('vi'));
    expect(signature[2], 'họ tên người ký viết như đã nhập').toBe('Lê Văn Bình');
  });
});

describe('every outline: its own skeleton, written up, checks without an error', () => {
  it.each(outlines.map((o) => [o.id, o] as const))('%s', (_, outline) => {
    const text = writtenUp(outline);
    const doc = docFromText(text, { name: `${outline.id}.txt` });
    const result = checkDocument(doc, { outline, outlines });
    const missing = (result.match?.sections ?? []).filter((s) => s.block < 0 && s.flat.section.required);
    expect(missing.map((s) => s.flat.path)).toEqual([]);
    const errs = result.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.ruleId}: ${f.message} «${doc.blocks[f.block]?.text ?? ''}»`);
    expect(errs).toEqual([]);
  });
});

describe.skipIf(!hasSeeds)('every seed against its own outline (../shared/seeds)', () => {
  const seeds = hasSeeds ? readdirSync(seedsDir).filter((f) => /^\d{3}_.*\.txt$/.test(f)) : [];

  it('every seed has at least one outline, and the seed 001 two', () => {
    for (const seed of seeds)
      expect(fromSeeds.filter((o) => o.provenance.seed === seed).length, seed).toBeGreaterThan(0);
    expect(fromSeeds.filter((o) => o.provenance.seed?.startsWith('001_')).length).toBe(2);
  });

  it.each(fromSeeds.map((o) => [o.id, o] as const))(
    '%s: all required sections found in its seed',
    (_, outline) => {
      const seed = outline.provenance.seed ?? '';
      const doc = docFromText(readFileSync(join(seedsDir, seed), 'utf8'), { name: seed });
      const result = checkDocument(doc, { outline, outlines });
      expect(result.match?.outline.id).toBe(outline.id);
      const missing = (result.match?.sections ?? []).filter((s) => s.block < 0 && s.flat.section.required);
      expect(missing.map((s) => s.flat.path)).toEqual([]);
      // Every section of the outline appears in the seed (required or not): nothing invented.
      const found = (result.match?.sections ?? []).filter((s) => s.block >= 0).length;
      expect(found, 'mục có trong đề cương nhưng không thấy trong văn bản gốc').toBe(
        flattenSections(outline).length,
      );
    },
  );

  it("auto-detection picks the seed's own outline, not a generic one", () => {
    for (const seed of seeds) {
      const doc = docFromText(readFileSync(join(seedsDir, seed), 'utf8'), { name: seed });
      const id = checkDocument(doc, { outline: 'auto', outlines }).match?.outline.id ?? '';
      expect(byId.get(id)?.provenance.seed, `${seed} → ${id}`).toBe(seed);
    }
  });
});

describe.skipIf(hasSeeds)('seeds against their outlines: skipped, ../shared/seeds is absent', () => {
  it('has no seed documents to compare with outside the workspace', () => {
    expect(hasSeeds).toBe(false);
  });
});
