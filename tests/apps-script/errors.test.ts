import { describe, expect, it } from 'vitest';
import { Failure, ReadResponse, SERVER_FUNCTIONS } from '../../apps-script/shared/server-api.ts';
import { CodeJs } from '../../playground/run-code-js.ts';
import { check, newAddon, writeLines } from './helpers.ts';

/** Vietnamese letters with diacritics: every message to the user has some. */
const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;

describe('errors reach the sidebar as Vietnamese messages, never as exceptions', () => {
  it('returns { ok: false, message } from every server function when Google Docs fails', () => {
    const { fake } = newAddon();
    fake.DocumentApp.getActiveDocument = () => {
      throw new Error('Exception: Service Documents failed while accessing document with id 1abc.');
    };
    fake.PropertiesService.getUserProperties = () => {
      throw new Error('Exception: Service invoked too many times for one day: properties get.');
    };
    const gas = new CodeJs(fake);
    const args: Record<string, unknown[]> = {
      khungRead: ['auto'],
      khungPoll: ['x'],
      khungInsertOutline: ['thanh-hoa-bao-cao-cdcs-nam-2023', {}],
      khungInsertSnippet: ['Kính gửi'],
      khungApplyEdits: [[{ kind: 'replace', block: 0, range: [0, 1], text: 'Đ' }], [{ block: 0, text: 'Ð' }]],
      khungSelectBlock: [0],
      khungSaveParams: [{ donVi: 'A' }],
      khungSaveDerivedOutline: [{ id: 'mau', title: 'Mẫu' }],
      khungImportUserOutlines: ['[]'],
      khungExportUserOutlines: [],
      khungDeleteUserOutline: ['x'],
      khungInit: [],
    };
    // The self-test reports each failed call as a ✗ line instead (tests/apps-script/self-test.test.ts).
    for (const name of SERVER_FUNCTIONS.filter((n) => n !== 'khungSelfTest')) {
      const r = gas.call(name, ...(args[name] ?? []));
      const parsed = Failure.safeParse(r);
      expect(parsed.success, name).toBe(true);
      if (!parsed.success) continue;
      expect(parsed.data.message, name).toMatch(VIETNAMESE);
      expect(parsed.data.message, name).not.toMatch(/Exception|at \w+ \(|Error:/);
    }
  });

  it('rejects arguments of the wrong shape with a message, not a crash', () => {
    const { gas } = newAddon();
    for (const [name, args] of [
      ['khungRead', [42]],
      ['khungInsertOutline', ['khong-co-de-cuong-nay', {}]],
      ['khungInsertOutline', ['thanh-hoa-bao-cao-cdcs-nam-2023', { donVi: 7 }]],
      ['khungApplyEdits', ['không phải danh sách', []]],
      ['khungApplyEdits', [[{ kind: 'replace', block: 0, range: [2, 1], text: '' }], 'x']],
      ['khungSaveDerivedOutline', [{ id: 'mau' }]],
      ['khungSelectBlock', [-1]],
      ['khungDeleteUserOutline', [null]],
    ] as const) {
      const r = gas.call<{ ok: boolean; message: string }>(name, ...args);
      expect(r.ok, name).toBe(false);
      expect(r.message, name).toMatch(VIETNAMESE);
    }
  });
});

describe('documents the add-on must cope with', () => {
  it('an empty document: the check is empty, and init says so', () => {
    const { gas } = newAddon();
    expect(ReadResponse.safeParse(gas.call('khungRead', 'auto')).success).toBe(true);
    const r = check(gas, 'auto');
    expect(r.blocks).toBe(0);
    expect(gas.call<{ docEmpty: boolean }>('khungInit').docEmpty).toBe(true);
  });

  it('a document in another language: checked without inventing an outline or structural errors', () => {
    const { fake, gas } = newAddon();
    writeLines(fake, [
      'Quarterly report',
      'Sales grew by 12 percent in the third quarter.',
      'Next steps',
      'Hire two engineers.',
    ]);
    const { view } = check(gas, 'auto');
    expect(view.outline).toBeNull();
    expect(view.counts.error).toBe(0);
  });

  it('a very long document (3 000 paragraphs) is read in one call and checked by the sidebar', () => {
    const { fake, gas } = newAddon();
    const lines: string[] = [];
    for (let i = 1; i <= 300; i++) {
      lines.push(`# ${i}. Mục số ${i}`);
      for (let j = 0; j < 9; j++)
        lines.push(
          `Nội dung đoạn ${j + 1} của mục ${i}: công đoàn cơ sở đã tổ chức các hoạt động theo kế hoạch.`,
        );
    }
    writeLines(fake, lines);
    fake.log.reset();
    const started = performance.now();
    const r = check(gas, 'auto');
    const ms = performance.now() - started;
    expect(r.blocks).toBe(3000);
    expect(fake.log.total).toBeLessThanOrEqual(3 * 3000);
    expect(ms).toBeLessThan(20_000);
  });
});
