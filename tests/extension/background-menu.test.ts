import { describe, expect, it } from 'vitest';
import { menuSnippets } from '../../extension/background/menu-snippets.ts';
import { snippet } from './library-fixtures.ts';

describe('menuSnippets', () => {
  const builtIn = [snippet('b1'), snippet('b2'), snippet('b3')];
  const user = [snippet('u1'), snippet('u2')];

  it('lists recent first, then the user library, then built-in ones, each once', () => {
    const ids = menuSnippets(builtIn, user, ['b3', 'u2', 'gone']).map((s) => s.id);
    expect(ids).toEqual(['b3', 'u2', 'u1', 'b1', 'b2']);
  });

  it('stops at the menu size and prefers a user snippet that shares a built-in id', () => {
    const mine = { ...snippet('b1'), label: 'Của tôi' };
    const list = menuSnippets(builtIn, [mine], [], 2);
    expect(list.map((s) => s.label)).toEqual(['Của tôi', 'Đoạn b2']);
  });
});
