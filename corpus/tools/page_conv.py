#!/usr/bin/env python3
"""Convert a `search` pages excerpt (raw/NN-….page.txt, the stored text of a web page as the
tool returns it) to the corpus text format: UTF-8 NFC, one paragraph a line, leading/trailing
spaces stripped, empty paragraphs dropped, inner whitespace runs kept as they are.
Options (raw line numbers, 1-based):
  --table a-b   lines a..b hold the page's header table written as "cell |" / lone "|"
                (vanban123 and school-site style); two-cell rows are zipped line by line with TAB,
                a left cell that is empty yields the right text alone (no leading TAB)
  --cut [N]     the last N (default 1) non-empty lines are what the stored copy cuts off (a paragraph,
                or a table row such as "Nơi nhận: |" + a truncated signature cell): dropped
Usage: page_conv.py raw.page.txt out.txt [--table a-b] [--cut [N]]
"""
import sys, unicodedata


def table_rows(lines):
    """lines: raw lines of the table region -> list of rows, each a list of cells (lists of str)"""
    cells, cell, rows = [], [], []
    for ln in lines:
        t = ln.strip()
        if not t:
            continue
        if t == '|':
            cells.append(cell); cell = []
        elif t.endswith(' |') or t.endswith('|'):
            cell.append(t[:-1].strip()); cells.append(cell); cell = []
        else:
            cell.append(t)
        if len(cells) == 2:
            rows.append(cells); cells = []
    if cell:
        cells.append(cell)
    if cells:
        rows.append(cells)
    return rows


def main():
    a = sys.argv[1:]
    src, dst = a[0], a[1]
    raw = open(src, encoding='utf-8').read().split('\n')
    tab = None
    if '--table' in a:
        x, y = a[a.index('--table') + 1].split('-')
        tab = (int(x), int(y))
    out = []
    i = 1
    while i <= len(raw):
        if tab and i == tab[0]:
            for row in table_rows(raw[tab[0] - 1:tab[1]]):
                if len(row) == 1:
                    out += row[0]
                    continue
                left, right = row
                for k in range(max(len(left), len(right))):
                    l = left[k] if k < len(left) else ''
                    r = right[k] if k < len(right) else ''
                    out.append(l + '\t' + r if l and r else (l or r))
            i = tab[1] + 1
            continue
        t = raw[i - 1].strip()
        if t:
            out.append(t)
        i += 1
    if '--cut' in a:
        k = a.index('--cut') + 1
        n = int(a[k]) if k < len(a) and a[k].isdigit() else 1
        out = out[:-n]
    out = [unicodedata.normalize('NFC', x) for x in out]
    open(dst, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print(dst, len(out), 'lines')


if __name__ == '__main__':
    main()
