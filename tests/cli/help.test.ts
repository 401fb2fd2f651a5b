import { describe, expect, it } from 'vitest';
import { type Io, main } from '../../cli/main.ts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
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
  };
  return { code: await main(argv, io), out, err };
}

describe('khung <command> --help prints that command’s help', () => {
  const table: Array<[string, RegExp]> = [
    ['check', /^khung check <tệp>\|- \[--outline/],
    ['review', /^khung review <mã hoặc đường dẫn thư mục Drive> --outline <id>/],
    ['outlines', /^khung outlines\n/],
    ['skeleton', /^khung skeleton <id>\|<tệp\.json>/],
    ['derive', /^khung derive <tệp> \[--id <id>\]/],
  ];
  for (const [command, usage] of table) {
    it(`${command} --help, -h and “khung help ${command}” give the same page, not the global help`, async () => {
      const long = await run(command, '--help');
      expect(long.code).toBe(0);
      expect(long.out).toMatch(usage);
      expect(long.out).not.toContain('khung — kiểm tra và dựng đề cương');
      expect((await run(command, '-h')).out).toBe(long.out);
      expect((await run('help', command)).out).toBe(long.out);
      expect(long.out.endsWith('\n')).toBe(true);
    });
  }

  it('check --help says what it does without reading a file, even with a file named', async () => {
    const { code, out } = await run('check', 'khong-co.txt', '--help');
    expect(code).toBe(0);
    expect(out).toContain('Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được đầu vào.');
  });

  it('the global help lists every command and how to get its own help', async () => {
    const { out } = await run('--help');
    for (const [command] of table) expect(out).toContain(`khung ${command}`);
    expect(out).toContain('khung <lệnh> --help');
    expect((await run()).out).toBe(out);
  });

  it('refuses help for a command that does not exist', async () => {
    const { code, err } = await run('kiemtra', '--help');
    expect(code).toBe(2);
    expect(err).toBe('khung: không có lệnh “kiemtra”. Xem: khung --help\n');
  });
});

describe('khung skeleton <id> --help lists the outline’s parameters', () => {
  it('names each parameter with its label, kind, choices and default', async () => {
    const { code, out } = await run('skeleton', 'bao-cao-6-thang', '--help');
    expect(code).toBe(0);
    expect(out).toContain('Đề cương “bao-cao-6-thang”:');
    expect(out).toMatch(
      /^ {2}donVi +Đơn vị ban hành \(ví dụ: Công đoàn cơ sở Trường THPT Lê Lợi\) \[chữ\]$/m,
    );
    expect(out).toMatch(/^ {2}ngay +Ngày ban hành \[ngày\]$/m);
    expect(out).toMatch(
      /^ {2}quyenHan +Quyền hạn ký \[chọn một: TM\. BAN CHẤP HÀNH \| TM\. BAN THƯỜNG VỤ .*\] \(mặc định: TM\. BAN CHẤP HÀNH\)$/m,
    );
    expect(out).toContain('Ví dụ: khung skeleton bao-cao-6-thang --param capTren="…"');
  });

  it('says so for an unknown outline, in one line', async () => {
    const { code, err } = await run('skeleton', 'khong-co', '--help');
    expect(code).toBe(2);
    expect(err).toBe('khung: Không có đề cương “khong-co”. Xem danh sách bằng: khung outlines\n');
  });

  it('ends the Markdown and the text skeleton with a final newline', async () => {
    for (const format of ['md', 'text']) {
      const { out } = await run('skeleton', 'thanh-hoa-bao-cao-cdcs-nam-2023', '--format', format);
      expect(out.endsWith('\n')).toBe(true);
      expect(out.endsWith('\n\n')).toBe(false);
    }
  });
});
