import { describe, expect, it } from 'vitest';
import { createSnippetIndex, searchSnippets } from '../../../../shared/core/snippets/search-snippets.ts';
import type { Snippet } from '../../../../shared/core/snippets/snippet-schema.ts';

const snippet = (id: string, over: Partial<Snippet>): Snippet => ({
  id,
  label: id,
  group: 'cum-tu',
  terms: [],
  body: '',
  ...over,
});

const library: Snippet[] = [
  snippet('noi-nhan-bao-cao', {
    label: 'Nơi nhận — báo cáo gửi cấp trên',
    group: 'noi-nhan',
    terms: ['noi nhan', 'như trên'],
    body: '- Như trên;\n- Lưu: VT, {{donVi}}.',
  }),
  snippet('kinh-gui-ldld', {
    label: 'Kính gửi Liên đoàn Lao động tỉnh',
    group: 'kinh-gui',
    terms: ['kinh gui', 'LĐLĐ'],
    body: 'Kính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh {{tinh}}.',
  }),
  snippet('can-cu-luat-cd-2024', {
    label: 'Căn cứ Luật Công đoàn 2024',
    group: 'can-cu',
    terms: ['can cu', 'luat cong doan', '50/2024/QH15'],
    body: 'Căn cứ Luật Công đoàn ngày 27 tháng 11 năm 2024;',
  }),
  snippet('mo-dau-thuc-hien', {
    label: 'Mở đầu: Thực hiện kế hoạch',
    group: 'mo-dau',
    terms: ['thuc hien'],
    body: 'Thực hiện Kế hoạch số … của Ban Thường vụ Liên đoàn Lao động tỉnh, báo cáo như sau:',
  }),
  snippet('cum-tu-luu-y', {
    label: 'Lưu ý thời hạn',
    body: 'Đề nghị gửi báo cáo về Liên đoàn Lao động tỉnh đúng thời hạn.',
  }),
];
const index = createSnippetIndex(library);
const ids = (query: string, options?: Parameters<typeof searchSnippets>[2]) =>
  searchSnippets(index, query, options).map((s) => s.id);

describe('searchSnippets', () => {
  it('returns the whole library in library order for an empty or blank query', () => {
    expect(ids('')).toEqual(library.map((s) => s.id));
    expect(ids('   ')).toEqual(library.map((s) => s.id));
  });

  it('ignores diacritics and case both ways', () => {
    expect(ids('noi nhan')).toEqual(['noi-nhan-bao-cao']);
    expect(ids('NƠI NHẬN')).toEqual(['noi-nhan-bao-cao']);
    expect(ids('căn cu LUAT')).toEqual(['can-cu-luat-cd-2024']);
    expect(ids('ldld')).toContain('kinh-gui-ldld');
  });

  it('matches word prefixes: "noi nh" finds Nơi nhận, "kin g" finds Kính gửi', () => {
    expect(ids('noi nh')).toEqual(['noi-nhan-bao-cao']);
    expect(ids('kin g')).toEqual(['kinh-gui-ldld']);
  });

  it('does not match inside a word', () => {
    // "han" is inside "nhận" and "thời hạn" starts a word: only the latter counts.
    expect(ids('han')).toEqual(['cum-tu-luu-y']);
  });

  it('needs every query word to match somewhere', () => {
    expect(ids('noi nhan kinh')).toEqual([]);
    expect(ids('luat 2024')).toEqual(['can-cu-luat-cd-2024']);
    expect(ids('xyz')).toEqual([]);
  });

  it('matches the group id and the terms', () => {
    expect(ids('mo dau')).toEqual(['mo-dau-thuc-hien']);
    expect(ids('50/2024/qh15')).toEqual(['can-cu-luat-cd-2024']);
  });

  it('does not match placeholder names of the body', () => {
    expect(ids('donvi')).toEqual([]);
    expect(ids('tinh')).not.toContain('noi-nhan-bao-cao');
  });

  it('ranks a label match above a terms match above a body match', () => {
    // "thực hiện": label of mo-dau; "báo cáo": label of noi-nhan, body of mo-dau and cum-tu.
    expect(ids('bao cao')).toEqual(['noi-nhan-bao-cao', 'mo-dau-thuc-hien', 'cum-tu-luu-y']);
    // "Liên đoàn": label of kinh-gui, body of mo-dau and cum-tu (library order among equals).
    expect(ids('lien doan')).toEqual(['kinh-gui-ldld', 'mo-dau-thuc-hien', 'cum-tu-luu-y']);
    // "nhu tren": terms of noi-nhan, beating nothing else; "luu": label of cum-tu beats body of noi-nhan.
    expect(ids('luu')).toEqual(['cum-tu-luu-y', 'noi-nhan-bao-cao']);
  });

  it('puts recent ids first among equals, most recent first, without lifting a weaker match', () => {
    expect(ids('lien doan', { recent: ['cum-tu-luu-y'] })).toEqual([
      'kinh-gui-ldld',
      'cum-tu-luu-y',
      'mo-dau-thuc-hien',
    ]);
    expect(ids('', { recent: ['cum-tu-luu-y', 'kinh-gui-ldld', 'unknown'] })).toEqual([
      'cum-tu-luu-y',
      'kinh-gui-ldld',
      'noi-nhan-bao-cao',
      'can-cu-luat-cd-2024',
      'mo-dau-thuc-hien',
    ]);
  });

  it('filters by group and honours the limit', () => {
    expect(ids('', { group: 'can-cu' })).toEqual(['can-cu-luat-cd-2024']);
    expect(ids('lien doan', { group: 'mo-dau' })).toEqual(['mo-dau-thuc-hien']);
    expect(ids('', { limit: 2 })).toEqual(['noi-nhan-bao-cao', 'kinh-gui-ldld']);
    expect(ids('', { limit: 0 })).toEqual([]);
  });

  it('ranks a label that starts with the whole query above another label match', () => {
    const two = createSnippetIndex([
      snippet('a', { label: 'Chữ ký TM. Ban Chấp hành' }),
      snippet('b', { label: 'Ban Chấp hành (chữ ký)' }),
    ]);
    expect(searchSnippets(two, 'ban chap').map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('treats punctuation in the query as a word break', () => {
    expect(ids('nơi-nhận;')).toEqual(['noi-nhan-bao-cao']);
  });
});
