import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldNameFor, placeholderLabel } from '../../../../shared/core/snippets/field-names.ts';
import { snippetFields } from '../../../../shared/core/snippets/fill-snippet.ts';
import { SnippetField } from '../../../../shared/core/snippets/snippet-schema.ts';

describe('a field is shown by its label, never by its name', () => {
  it.each([
    ['donVi', 'Kính gửi: {{donVi}}', 'Đơn vị ban hành'],
    ['tenDonVi', 'Kính gửi: {{tenDonVi}}.', 'Kính gửi: …….'],
    ['tenDonVi', '- {{capUy}} (để báo cáo);\n- Lưu: VT, {{tenDonVi}}.', '- Lưu: VT, …….'],
    ['hoTen', 'CHỦ TỊCH\n\n{{hoTen}}', 'Nội dung dòng 3'],
  ])('%s in “%s” is labelled “%s”', (name, body, label) => {
    expect(placeholderLabel(name, body)).toBe(label);
  });

  it('labels every undeclared placeholder of a body with text that is not its name (property)', () => {
    const name = fc.stringMatching(/^[a-z][a-zA-Z0-9]{2,12}$/);
    fc.assert(
      fc.property(name, fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (n, before, after) => {
        const body = `${before.replace(/[{}]/g, '')}{{${n}}}${after.replace(/[{}]/g, '')}`;
        const [field] = snippetFields({ id: 'x', label: 'X', group: 'cum-tu', terms: [], body });
        expect(field?.name).toBe(n);
        expect(field?.label).not.toBe(n);
        expect(field?.label.trim()).not.toBe('');
      }),
    );
  });
});

describe('a new field is named from its label', () => {
  it.each([
    ['Tên đơn vị', [], 'tenDonVi'],
    ['Đơn vị soạn thảo (viết tắt)', [], 'donViSoanThaoVietTat'],
    ['Tên đơn vị', ['tenDonVi'], 'tenDonVi2'],
    ['Tên đơn vị', ['tenDonVi', 'tenDonVi2'], 'tenDonVi3'],
    ['2026', [], 'truong2026'],
    ['……', [], 'truong'],
  ])('“%s” (taken: %j) → %s', (label, taken, name) => {
    expect(fieldNameFor(label, taken)).toBe(name);
  });

  it('always gives a name the schema accepts, unused before (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 8 })), (label, taken) => {
        const name = fieldNameFor(label, taken);
        expect(taken).not.toContain(name);
        expect(SnippetField.shape.name.safeParse(name).success).toBe(true);
      }),
    );
  });
});
