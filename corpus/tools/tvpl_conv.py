#!/usr/bin/env python3
"""Convert a thuvienphapluat-crawl Markdown excerpt (tnt305/tai_lieu_noi_bo, src/etl/dataset/*.md,
document region only) to the corpus text format: UTF-8 NFC, one paragraph a line, TAB between the
cells of a header/signature table row, Markdown emphasis markers removed, hard-wrapped lines joined,
empty paragraphs dropped, leading/trailing spaces stripped. Otherwise verbatim.

Structure of the crawl: table cells are delimited by lines holding a single "|"; a row is
"|" c1 "|" c2 "|" (a row holds at most 2 cells in these documents); text outside a row is body.
The stored copies have lost most blank lines, so paragraph breaks are inferred:
  * body text / long cells: a blank line is a break; otherwise a new paragraph starts when the
    previous line ends with . ; : ! ? (optionally followed by closing ) * " ” ') and the line starts
    with a capital, digit, -, +, (, [, quote or emphasis marker;
  * layout cells (2-cell rows whose cells are each < 400 chars: header, signature, small tables):
    every line is a paragraph, except inside an open ** / * emphasis span, a line starting with a
    lower-case letter, or the continuation of a "- " item whose line did not end in ; or .
  * per-document overrides: JOIN (raw line numbers to glue to the previous line) and SPLIT (raw
    line numbers that start a paragraph), given on the command line as --join 12,40 --split 77.
  * --reopen n,n: raw line numbers of '|' lines that close the current row and open a new one
    (where the crawl dropped a bar in a nested table).
Usage: tvpl_conv.py raw.md out.txt [--join n,n] [--split n,n] [--reopen n,n]
"""
import re, sys, unicodedata

TERM = re.compile(r'[.;:!?]["”’)\]*_ ]*$')
MARK = re.compile(r'^[\s*_]*(-|\+|\d|\(|\[|“|"|Điều\s|[a-zđ]\))')
START = re.compile(r'^[\s*_]*[A-ZĐÀ-ỸẠ-Ỹ0-9\-+(\["“‘…]|^[\s*_]*[ÂĂÊÔƠƯÁÉÍÓÚÝ]')


def strip_md(s):
    s = re.sub(r'\*+', '', s)
    s = re.sub(r'_{2,}', '', s)
    return s


def emph_toggles(line):
    """count of emphasis toggles (** counts once, single * once) to track open spans"""
    n = 0
    for m in re.finditer(r'\*+', line):
        k = len(m.group(0))
        n += (k // 2) + (k % 2)
    return n


def is_upper_start(line):
    t = strip_md(line).strip()
    return bool(t) and (t[0].isupper() or t[0].isdigit() or t[0] in '-+([“"‘…')


def is_caps(line):
    t = strip_md(line).strip()
    letters = [c for c in t if c.isalpha()]
    return len(letters) >= 2 and t == t.upper()


def is_rule(line):
    t = line.strip()
    return bool(t) and set(t) <= set('-_=*')


def body_paras(lines, force_join, force_split):
    paras = []
    cur = None
    prev = None
    blank_mode = any(ln.strip() == '' for _, ln in lines)
    for no, ln in lines:
        if ln.strip() == '':
            if cur is not None:
                paras.append(cur); cur = None
            prev = None
            continue
        new = False
        if cur is None:
            new = True
        elif no in force_split:
            new = True
        elif no in force_join:
            new = False
        elif blank_mode:
            new = False
        elif is_rule(ln) or is_rule(prev) or is_caps(ln) or is_caps(prev):
            new = True
        elif re.match(r'^[\s*_]*[-+]\s*[*_]*\s*[A-ZĐÀ-Ỹ]', ln):
            new = True  # a "- X" / "+ X" item always starts a paragraph
        elif TERM.search(strip_md(prev).rstrip() + ' ') or TERM.search(prev.rstrip()):
            # first lines of paragraphs are short in the crawl (indent); a full-width line after a
            # sentence end is a wrap, unless it starts with a list marker
            new = is_upper_start(ln) and (len(strip_md(ln).strip()) <= 60 or bool(MARK.match(ln)))
        if new:
            if cur is not None:
                paras.append(cur)
            cur = ln.strip()
        else:
            cur = cur + ' ' + ln.strip()
        prev = ln
    if cur is not None:
        paras.append(cur)
    return paras


def layout_paras(lines, force_join, force_split):
    paras = []
    cur = None
    open_emph = 0
    for no, ln in lines:
        if ln.strip() == '':
            continue
        t = strip_md(ln).strip()
        join = False
        if cur is not None:
            if no in force_split:
                join = False
            elif no in force_join:
                join = True
            elif open_emph % 2 == 1:
                join = True
            elif t and t[0].islower():
                join = True
            elif strip_md(cur).lstrip().startswith('-') and not t.startswith(('-', '+')) \
                    and not strip_md(cur).rstrip().endswith((';', '.')):
                join = True
        if join:
            cur = cur + ' ' + ln.strip()
        else:
            if cur is not None:
                paras.append(cur)
            cur = ln.strip()
            open_emph = 0
        open_emph += emph_toggles(ln)
    if cur is not None:
        paras.append(cur)
    return paras


def parse(raw_lines, reopen=()):
    """yield ('body', lines) or ('row', [cell_lines, ...]) blocks; lines are (rawno, text)"""
    blocks = []
    i, n = 0, len(raw_lines)
    body = []
    while i < n:
        ln = raw_lines[i]
        if ln.strip() == '|':
            if body and i + 1 < n and raw_lines[i + 1].strip() == '|':
                i += 1  # closing bar of an enclosing cell whose text ran on after a nested table
                continue
            if body:
                blocks.append(('body', body)); body = []
            # open a row
            i += 1
            cells = []
            cell = []
            while i < n:
                l2 = raw_lines[i]
                if l2.strip() == '|':
                    cells.append(cell); cell = []
                    if (i + 1) in reopen:
                        break  # forced: this bar closes the row and opens the next one
                    i += 1
                    if len(cells) >= 2:
                        break
                    if i < n and raw_lines[i].strip() == '|':
                        break  # one-cell row closed; this bar opens the next row
                    continue
                cell.append((i + 1, l2))
                i += 1
            if cell:
                cells.append(cell)
            blocks.append(('row', cells))
            continue
        body.append((i + 1, ln))
        i += 1
    if body:
        blocks.append(('body', body))
    return blocks


def convert(text, force_join=(), force_split=(), reopen=()):
    raw_lines = text.rstrip('\n').split('\n')
    out = []
    for kind, val in parse(raw_lines, reopen):
        if kind == 'body':
            out += body_paras(val, force_join, force_split)
            continue
        cells = [c for c in val if any(l.strip() for _, l in c)]
        size = [sum(len(l) for _, l in c) for c in cells]
        if len(cells) == 2 and max(size) < 800:
            cols = [[strip_md(p).strip() for p in layout_paras(c, force_join, force_split)] for c in cells]
            cols = [[p for p in col if p] for col in cols]
            for k in range(max(len(cols[0]), len(cols[1]))):
                a = cols[0][k] if k < len(cols[0]) else ''
                b = cols[1][k] if k < len(cols[1]) else ''
                out.append(a + '\t' + b if b else a)
        else:
            for c in cells:
                out += body_paras(c, force_join, force_split)
    res = []
    for p in out:
        if '\t' in p:
            q = '\t'.join(x.strip() for x in p.split('\t'))
        else:
            q = strip_md(p).strip()
        q = unicodedata.normalize('NFC', q)
        if q.strip():
            res.append(q)
    return res


def main():
    args = sys.argv[1:]
    src, dst = args[0], args[1]
    fj, fs = set(), set()
    if '--join' in args:
        fj = {int(x) for x in args[args.index('--join') + 1].split(',') if x}
    ro = set()
    if '--reopen' in args:
        ro = {int(x) for x in args[args.index('--reopen') + 1].split(',') if x}
    if '--split' in args:
        fs = {int(x) for x in args[args.index('--split') + 1].split(',') if x}
    text = open(src, encoding='utf-8').read()
    res = convert(text, fj, fs, ro)
    open(dst, 'w', encoding='utf-8').write('\n'.join(res) + '\n')
    print(dst, len(res), 'lines')


if __name__ == '__main__':
    main()
