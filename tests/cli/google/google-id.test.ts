import { describe, expect, it } from 'vitest';
import { googleIdFrom } from '../../../cli/google/google-id.ts';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_xy';

describe('googleIdFrom', () => {
  const valid: Array<[string, string]> = [
    ['a bare id', ID],
    ['a Docs edit URL', `https://docs.google.com/document/d/${ID}/edit?tab=t.0#heading=h.abc`],
    ['a Docs URL of a second account', `https://docs.google.com/document/u/1/d/${ID}/edit`],
    ['a Drive folder URL', `https://drive.google.com/drive/folders/${ID}?usp=sharing`],
    ['a Drive folder URL with an account', `https://drive.google.com/drive/u/0/folders/${ID}`],
    ['a Drive file URL', `https://drive.google.com/file/d/${ID}/view`],
    ['an open?id= link', `https://drive.google.com/open?id=${ID}`],
    ['an id with spaces around it', `  ${ID}\n`],
  ];
  for (const [what, input] of valid) it(`reads ${what}`, () => expect(googleIdFrom(input)).toBe(ID));

  it('refuses what holds no id', () => {
    for (const input of [
      '',
      'không phải mã',
      'https://example.com/',
      'https://drive.google.com/drive/my-drive',
      'abc',
    ])
      expect(googleIdFrom(input)).toBeUndefined();
  });
});
