import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltInOutlines } from '../../cli/load-outlines.ts';
import { renderSkeleton } from '../../shared/core/outline/render-skeleton.ts';
import { textWidthPt } from '../../shared/docx/text-width.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.ts';

// The .docx writer sizes NĐ 30's rule lines from an estimate of the text's width in Times New Roman.
// Liberation Serif has Times New Roman's metrics (made to be metric-compatible), so Chromium measures
// the real width of every line that gets a rule, in every built-in outline, to hold the estimate to it.

const FONT = '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(FONT)) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  page = await browser.newPage();
  await page.setContent('<!doctype html><meta charset="utf-8"><body>');
});

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!existsSync(FONT))('text widths for the rule lines, against the font’s own metrics', () => {
  it('are within 6 % of the width Times New Roman’s metrics give, for every ruled line', async () => {
    const params = { donVi: 'Công đoàn cơ sở Trường Trung học phổ thông Chuyên Lê Quý Đôn' };
    const lines = loadBuiltInOutlines()
      .outlines.flatMap((o) => renderSkeleton(o, params))
      .filter((b) => b.ruleBelow)
      .map((b) => ({ text: b.text, size: b.style.fontSizePt ?? 14, bold: b.style.bold ?? false }));
    expect(lines.length).toBeGreaterThan(30);
    const real = await page.evaluate(
      (items) =>
        items.map(({ text, size, bold }) => {
          const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
          context.font = `${bold ? 'bold ' : ''}${size}pt 'Liberation Serif'`;
          return (context.measureText(text).width * 72) / 96;
        }),
      lines,
    );
    const off = lines
      .map((l, i) => ({ ...l, real: real[i] ?? 0, estimate: textWidthPt(l.text, l.size, l.bold) }))
      .filter((l) => Math.abs(l.estimate / l.real - 1) > 0.06)
      .map((l) => `${l.text}: ${l.estimate.toFixed(0)} pt, thật ${l.real.toFixed(0)} pt`);
    expect(off).toEqual([]);
  });
});
