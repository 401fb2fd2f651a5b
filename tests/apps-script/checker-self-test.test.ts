import { afterEach, describe, expect, it } from 'vitest';
import { SelfCheck } from '../../apps-script/shared/server-api.ts';
import { checkerSelfTest } from '../../apps-script/sidebar/checker-self-test.ts';

// The checker runs in the sidebar, so "Kiểm tra cài đặt" tries it there: one more line after the
// server's (the sidebar in Chromium: tests/e2e/playground-selftest.test.ts).

const normalize = String.prototype.normalize;
afterEach(() => {
  String.prototype.normalize = normalize;
});

describe("the self-test's checker line (sidebar)", () => {
  it('finds both faults of the sample line', () => {
    const line = checkerSelfTest();
    expect(SelfCheck.safeParse(line).success).toBe(true);
    expect(line).toMatchObject({ id: 'checker', ok: true });
    expect(line.detail).toMatch(/^Tìm ra đủ lỗi trong câu mẫu \(\d+ lỗi\)\.$/);
  });

  it('is ✗ with the engine’s text, never a throw, when the engine lacks normalize', () => {
    String.prototype.normalize = () => {
      throw new RangeError('The normalization form should be one of NFC, NFD, NFKC, NFKD.');
    };
    const line = checkerSelfTest();
    expect(line.ok).toBe(false);
    expect(line.detail).toMatch(/^Trình duyệt báo: |^Đọc lại không khớp/);
  });
});
