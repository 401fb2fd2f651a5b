import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Io, main } from '../../cli/main.ts';
import { readOrgLibrary } from '../../shared/core/library/parse-org-library.ts';

// `khung library build <folder>`: a temp folder like a federation clerk's — an outline made with
// `khung derive`, a snippet file, a library exported from the options page — becomes the library file
// every officer's Khung reads; anything wrong is printed with its file and place, exit 2, nothing written.

let dir: string;
let out: string;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    color: false,
  };
  return { code: await main(argv, io), out: stdout, err: stderr };
}

const write = (path: string, data: unknown) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), typeof data === 'string' ? data : `${JSON.stringify(data, null, 2)}\n`);
};

const snippetFile = {
  title: 'Đoạn mẫu của tỉnh',
  snippets: [
    {
      id: 'ldld-noi-nhan',
      label: 'Nơi nhận báo cáo tỉnh',
      group: 'noi-nhan',
      terms: [],
      body: 'Nơi nhận:\n- LĐLĐ tỉnh;\n- Lưu: VT.',
    },
    {
      id: 'ldld-chu-ky',
      label: 'Chữ ký Chủ tịch',
      group: 'chu-ky',
      terms: ['ky'],
      body: 'TM. BAN THƯỜNG VỤ\nCHỦ TỊCH',
    },
  ],
};
const personalExport = {
  kind: 'khung-library',
  schemaVersion: 2,
  exportedAt: '2026-03-01T00:00:00.000Z',
  snippets: [{ id: 'u-loi-chao', label: 'Lời chào', group: 'ket-thuc', terms: [], body: 'Trân trọng!' }],
  outlines: [],
};
const DE_CUONG = `ĐỀ CƯƠNG BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026
I. ĐẶC ĐIỂM TÌNH HÌNH
Nêu tình hình công nhân, viên chức, lao động.
II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ
1. Công tác tuyên truyền
Nêu các hoạt động đã làm.
III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM
`;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'khung-library-'));
  out = join(dir, 'thu-vien.json');
  writeFileSync(join(dir, 'de-cuong.txt'), DE_CUONG);
  const derived = await run('derive', join(dir, 'de-cuong.txt'), '--id', 'ldld-so-ket-6-thang');
  expect(derived.code).toBe(0);
  write('nguon/de-cuong/ldld-so-ket-6-thang.json', derived.out);
  write('nguon/doan-mau/tinh.json', snippetFile);
  write('nguon/thu-vien-rieng.json', personalExport);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('khung library build', () => {
  it('writes the library from derived outlines, snippet files and an export, and prints its SHA-256', async () => {
    const r = await run(
      'library',
      'build',
      join(dir, 'nguon'),
      '--name',
      'LĐLĐ tỉnh Thử',
      '--version',
      '2026.1',
      '--out',
      out,
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const read = readOrgLibrary(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.library).toMatchObject({ name: 'LĐLĐ tỉnh Thử', id: 'ldld-tinh-thu', version: '2026.1' });
    expect(read.library.outlines.map((o) => o.id)).toEqual(['ldld-so-ket-6-thang']);
    expect(read.library.outlines[0]).not.toHaveProperty('$schema');
    expect(read.library.snippets.map((s) => s.id).sort()).toEqual([
      'ldld-chu-ky',
      'ldld-noi-nhan',
      'u-loi-chao',
    ]);
    const hash = createHash('sha256').update(readFileSync(out)).digest('hex');
    expect(r.out).toContain('phiên bản 2026.1: 1 đề cương, 3 đoạn mẫu');
    expect(r.out).toContain(`SHA-256: ${hash}`);
  });

  it('takes name and id from the previous build, raises the version, and keeps the file when nothing changed', async () => {
    await run(
      'library',
      'build',
      join(dir, 'nguon'),
      '--name',
      'LĐLĐ tỉnh Thử',
      '--id',
      'ldld-thu',
      '--version',
      '2026.9',
      '--out',
      out,
    );
    const first = readFileSync(out, 'utf8');
    const same = await run('library', 'build', join(dir, 'nguon'), '--out', out);
    expect(same.code).toBe(0);
    expect(same.out).toContain('không đổi: vẫn phiên bản 2026.9');
    expect(readFileSync(out, 'utf8')).toBe(first);
    write('nguon/doan-mau/them.json', {
      title: 'Thêm',
      snippets: [{ id: 'ldld-them', label: 'Thêm', group: 'cum-tu', terms: [], body: 'Thêm.' }],
    });
    const next = await run('library', 'build', join(dir, 'nguon'), '--out', out);
    expect(next.code).toBe(0);
    const read = readOrgLibrary(readFileSync(out, 'utf8'));
    expect(read.ok && read.library).toMatchObject({
      id: 'ldld-thu',
      name: 'LĐLĐ tỉnh Thử',
      version: '2026.10',
    });
  });

  it('prints every problem with its file and place, exits 2 and writes nothing', async () => {
    const broken = structuredClone(snippetFile);
    (broken.snippets[1] as { group: string }).group = 'chu ky';
    write('nguon/doan-mau/tinh.json', broken);
    const derived = JSON.parse(readFileSync(join(dir, 'nguon/de-cuong/ldld-so-ket-6-thang.json'), 'utf8'));
    derived.sections[1].title = '';
    write('nguon/de-cuong/ldld-so-ket-6-thang.json', derived);
    write('nguon/hong.json', '{ "title": "x", ');
    const r = await run('library', 'build', join(dir, 'nguon'), '--name', 'LĐLĐ tỉnh Thử', '--out', out);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    const lines = r.err.trim().split('\n');
    expect(lines).toContain(
      `khung: ${join(dir, 'nguon/de-cuong/ldld-so-ket-6-thang.json')}: mục thứ 2 › tên: còn trống hoặc quá ngắn`,
    );
    expect(r.err).toMatch(/doan-mau\/tinh\.json: đoạn mẫu thứ 2 “ldld-chu-ky” › nhóm: giá trị không hợp lệ/);
    expect(r.err).toMatch(/hong\.json: không phải JSON hợp lệ\./);
    expect(lines.at(-1)).toBe('khung: thư viện chưa được ghi (3 lỗi).');
    expect(r.err).not.toMatch(/\b(snippets|sections|group|title)\b/);
  });

  it.each([
    [
      'an outline with a built-in outline’s id',
      'nguon/bao-cao-nam.json',
      'trùng mã một đề cương có sẵn của Khung',
    ],
    ['a snippet id already in another file', 'nguon/lap.json', 'đoạn mẫu mã “ldld-noi-nhan” đã có trong'],
  ])('refuses %s', async (_name, file, message) => {
    if (file.endsWith('bao-cao-nam.json')) {
      const builtIn = JSON.parse(
        readFileSync(join(import.meta.dirname, '../../outlines/bao-cao-nam.json'), 'utf8'),
      );
      write(file, builtIn);
    } else write(file, { title: 'Lặp', snippets: [snippetFile.snippets[0]] });
    const r = await run('library', 'build', join(dir, 'nguon'), '--name', 'LĐLĐ tỉnh Thử', '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['library', 'build', 'nguon'], 'thiếu --out'],
    [['library', 'xoa', 'nguon'], 'không có lệnh “khung library xoa”'],
    [['library', 'build', 'khong-co', '--out', 'x.json', '--name', 'A'], 'không tìm thấy thư mục'],
    [['library', 'build', 'nguon', '--out', 'x.json', '--bogus'], 'không có tùy chọn “--bogus”'],
  ])('refuses a wrong command line %j with one Vietnamese line, exit 2', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('asks for the federation’s name on the first build, and for a valid version', async () => {
    expect((await run('library', 'build', join(dir, 'nguon'), '--out', out)).err).toContain(
      'cần tên tổ chức',
    );
    const bad = await run(
      'library',
      'build',
      join(dir, 'nguon'),
      '--name',
      'A',
      '--version',
      'quý 3',
      '--out',
      out,
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('phiên bản: viết bằng các số cách nhau bởi dấu chấm');
  });

  it('never overwrites a file that is not a library', async () => {
    const outline = join(dir, 'nguon/de-cuong/ldld-so-ket-6-thang.json');
    const before = readFileSync(outline, 'utf8');
    const r = await run(
      'library',
      'build',
      join(dir, 'nguon'),
      '--name',
      'A',
      '--out',
      join(dir, 'de-cuong.txt'),
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('không phải thư viện của tổ chức nên Khung không ghi đè');
    expect(readFileSync(outline, 'utf8')).toBe(before);
  });

  it('has its help page, also through “khung help library”', async () => {
    const help = await run('library', '--help');
    expect(help.out).toMatch(/^khung library build <thư mục> --out <tệp\.json>/);
    expect((await run('help', 'library')).out).toBe(help.out);
  });
});
