import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Io, main } from '../../cli/main.ts';
import { makeDocx } from '../helpers/make-docx.ts';

const dir = mkdtempSync(join(tmpdir(), 'khung-cli-'));
const root = join(import.meta.dirname, '../..');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return runWithStdin(undefined, ...argv);
}

async function runWithStdin(
  stdin: string | undefined,
  ...argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    color: false,
    ...(stdin === undefined ? {} : { readStdin: async () => stdin }),
  };
  const code = await main(argv, io);
  return { code, out, err };
}

const report = [
  'BÁO CÁO',
  'Kết quả hoạt động Công đoàn năm 2024, nhiệm vụ trọng tâm năm 2025',
  'I. TÌNH HÌNH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, LAO ĐỘNG',
  'Đơn vị có 40 đoàn viên.',
  'II. KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2024',
  'Hoàn thành các chỉ tiêu được giao.',
  'IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM 2025',
  'Tiếp tục phát triển đoàn viên.',
  'V. NHỮNG KIẾN NGHỊ, ĐỀ XUẤT',
  'Không có.',
].join('\n');

describe('khung check', () => {
  it('names the outline, lists the checklist and the errors, and exits 1 when errors are found', async () => {
    const file = join(dir, 'bao-cao.txt');
    writeFileSync(file, report);
    const { code, out, err } = await run('check', file);
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(out).toContain('(thanh-hoa-bao-cao-cdcs-nam-2023)');
    expect(out).toContain('✗ III. TỒN TẠI, HẠN CHẾ');
    expect(out).toMatch(/Lỗi \(\d+\)/);
    expect(out).toMatch(/dòng 6: Thiếu mục bắt buộc: III\. TỒN TẠI, HẠN CHẾ/);
    // IV follows the đề cương's numbering: the gap is the missing III, not a numbering fault.
    expect(out).not.toContain('Số mục nhảy từ II sang IV');
    expect(out).toMatch(/Tổng: \d+ lỗi, \d+ cảnh báo, \d+ gợi ý\./);
  });

  it('exits 0 on a document without errors and prints JSON on request', async () => {
    const file = join(dir, 'sach.md');
    writeFileSync(file, '# THÔNG BÁO\n\n1. Thời gian\n\nTừ ngày 08/02.\n\n2. Địa điểm\n\nTại hội trường.\n');
    const { code, out } = await run('check', file, '--format', 'json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ file, outline: null, counts: { error: 0 } });
  });

  it('checks a .docx with its heading styles, against a chosen outline', async () => {
    const file = join(dir, 'bao-cao.docx');
    writeFileSync(
      file,
      await makeDocx([
        { text: 'I. ĐẶC ĐIỂM TÌNH HÌNH', style: 'Heading1' },
        { text: '1. Tình hình chung', style: 'Heading2' },
        { text: 'Thuận lợi và khó khăn của đơn vị.' },
        { text: '2. Tình hình CNVCLĐ', style: 'Heading2' },
        { text: 'Có 120 đoàn viên.' },
      ]),
    );
    const { code, out } = await run(
      'check',
      file,
      '--outline',
      'cao-bang-bao-cao-6-thang-2020',
      '--format',
      'json',
    );
    const json = JSON.parse(out);
    expect(code).toBe(1);
    expect(json.outline.id).toBe('cao-bang-bao-cao-6-thang-2020');
    expect(json.sections.slice(0, 3).map((s: { found: boolean }) => s.found)).toEqual([true, true, true]);
    expect(
      json.findings.filter((f: { ruleId: string }) => f.ruleId === 'required-section').length,
    ).toBeGreaterThan(0);
  });

  const bad: Array<[string, string[], RegExp]> = [
    ['a missing file', ['check', join(dir, 'khong-co.docx')], /^khung: Không tìm thấy tệp: /],
    ['an unsupported type', ['check', join(dir, 'x.pdf')], /^khung: /],
    [
      'an unknown outline',
      ['check', join(dir, 'bao-cao.txt'), '--outline', 'khong-co'],
      /Không có đề cương “khong-co”/,
    ],
    ['an unknown command', ['kiemtra'], /không có lệnh “kiemtra”/],
    ['an unknown option', ['check', '--abc'], /không có tùy chọn “--abc”/],
    [
      'an option with no value',
      ['check', join(dir, 'bao-cao.txt'), '--outline'],
      /--outline cần một giá trị/,
    ],
    [
      'an option whose value looks like an option',
      ['check', '-o', '--format', 'x.txt'],
      /--outline cần một giá trị/,
    ],
    ['a value given to a switch', ['check', '--help=1'], /--help không nhận giá trị/],
    ['a bad format', ['check', join(dir, 'bao-cao.txt'), '--format', 'xml'], /--format chỉ nhận: text, json/],
    ['no file', ['check'], /thiếu <tệp>/],
  ];
  for (const [what, argv, message] of bad) {
    it(`says one Vietnamese line and exits 2 for ${what}`, async () => {
      writeFileSync(join(dir, 'x.pdf'), 'x');
      const { code, out, err } = await run(...argv);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(message);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).not.toMatch(/at .*\.ts:\d+/);
      expect(err, 'không còn tiếng Anh').not.toMatch(/\b(option|argument|missing|unknown|value)\b/i);
    });
  }

  it('exits 2 with one line for a corrupt .docx', async () => {
    const file = join(dir, 'hong.docx');
    writeFileSync(file, 'không phải zip');
    const { code, err } = await run('check', file);
    expect(code).toBe(2);
    expect(err).toMatch(/^khung: Tệp \.docx bị hỏng/);
  });
});

describe('khung outlines, skeleton and derive', () => {
  it('lists every built-in outline', async () => {
    const { code, out } = await run('outlines');
    expect(code).toBe(0);
    const shipped = readdirSync(join(import.meta.dirname, '../../outlines')).filter(
      (f) => f.endsWith('.json') && !f.endsWith('.schema.json'),
    );
    expect(out.trim().split('\n')).toHaveLength(shipped.length);
    expect(out).toContain('cao-bang-bao-cao-6-thang-2020');
  });

  it('renders a skeleton with parameters, as Markdown and as text', async () => {
    const md = await run(
      'skeleton',
      'cao-bang-bao-cao-6-thang-2020',
      '--param',
      'donVi=Công đoàn ngành Giáo dục',
      '--param',
      'nam=2026',
    );
    expect(md.code).toBe(0);
    expect(md.out).toContain('## I. ĐẶC ĐIỂM TÌNH HÌNH');
    expect(md.out).toContain('CÔNG ĐOÀN NGÀNH GIÁO DỤC');
    const text = await run('skeleton', 'cao-bang-bao-cao-6-thang-2020', '--format', 'text');
    expect(text.out).toContain('\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\n\n');
    expect((await run('skeleton', 'x', '--param', 'khongdau')).code).toBe(2);
  });

  it('refuses a --param the outline does not have, naming the ones it has', async () => {
    const result = await run('skeleton', 'cao-bang-bao-cao-6-thang-2020', '--param', 'donvi=CĐCS A');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/không có tham số “donvi”; các tham số: .*donVi/);
  });

  it('checks a skeleton piped in on standard input (khung skeleton … | khung check -) as Markdown', async () => {
    const skeleton = await run('skeleton', 'thanh-hoa-bao-cao-cdcs-nam-2023');
    const checked = await runWithStdin(
      skeleton.out,
      'check',
      '-',
      '--outline',
      'thanh-hoa-bao-cao-cdcs-nam-2023',
    );
    expect(checked.err).toBe('');
    expect(checked.out).not.toContain('Thiếu mục bắt buộc');
    expect(checked.out).toContain('✓ III. TỒN TẠI, HẠN CHẾ');
    expect((await runWithStdin('  \n', 'check', '-')).code).toBe(2);
  });

  it('reads a .txt that holds Markdown (a saved skeleton) as Markdown, so its headings count', async () => {
    const file = join(dir, 'khung.txt');
    writeFileSync(file, (await run('skeleton', 'thanh-hoa-bao-cao-cdcs-nam-2023')).out);
    const checked = await run('check', file, '--outline', 'thanh-hoa-bao-cao-cdcs-nam-2023');
    expect(checked.out).not.toContain('Thiếu mục bắt buộc');
  });

  it('derives an outline from a đề cương, and renders it back from the JSON file', async () => {
    const source = join(dir, 'de-cuong.txt');
    writeFileSync(
      source,
      'ĐỀ CƯƠNG BÁO CÁO\nSơ kết năm 2025\nI. TÌNH HÌNH\nNêu rõ thuận lợi.\n1. Tình hình chung\nII. KIẾN NGHỊ\n',
    );
    const derived = await run('derive', source, '--id', 'so-ket-2025');
    expect(derived.code).toBe(0);
    const json = JSON.parse(derived.out);
    expect(json.id).toBe('so-ket-2025');
    const file = join(dir, 'so-ket-2025.json');
    writeFileSync(file, derived.out);
    const skeleton = await run('skeleton', file);
    expect(skeleton.code).toBe(0);
    expect(skeleton.out.match(/^#+ .*$/gm)).toEqual([
      '# BÁO CÁO',
      '## I. TÌNH HÌNH',
      '### 1. Tình hình chung',
      '## II. KIẾN NGHỊ',
    ]);
  });

  it('rejects an invalid outline file with the JSON path', async () => {
    const file = join(dir, 'hong.json');
    writeFileSync(file, JSON.stringify({ id: 'hong', title: '' }));
    const { code, err } = await run('skeleton', file);
    expect(code).toBe(2);
    expect(err).toMatch(/hong\.json: /);
  });
});

describe('the installed command (bin/khung.js → dist/cli)', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist/cli/main.js')))
      execFileSync('npm', ['run', 'build:cli'], { cwd: root, stdio: 'ignore' });
  });

  it('runs from the shell with the same exit codes', () => {
    const version = spawnSync(process.execPath, [join(root, 'bin/khung.js'), '--version'], {
      encoding: 'utf8',
    });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const missing = spawnSync(process.execPath, [join(root, 'bin/khung.js'), 'check', 'khong-co.txt'], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('khung: Không tìm thấy tệp: khong-co.txt\n');
  });
});
