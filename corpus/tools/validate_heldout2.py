# Checks corpus annotations: valid UTF-8 JSON (NFC), quotes are substrings of their lines, kinds known,
# ids unique, every line in exactly one of fault/clean/residue/debatable, capital trích yếu faults carry NOTE.
# usage: python3 shared/corpus/tools/validate_annotations.py
import json, glob, sys, unicodedata, collections
import os
HERE = os.path.dirname(os.path.abspath(__file__))
base = os.environ.get('ANN', os.path.join(HERE, '..', 'annotations'))
SHARED = os.environ.get('ROOT', os.path.join(HERE, '..', '..'))
KINDS = set('so-ky-hieu date quoc-hieu heading-format numbering noi-nhan ket-thuc chu-ky spacing punctuation citation capitalisation spelling unicode missing-part other'.split())
errs = []
allids = collections.Counter()
tot = collections.Counter()
for fn in sorted(glob.glob(base + '/*.json')):
    name = fn.split('/')[-1]
    raw = open(fn, 'rb').read()
    try:
        txt = raw.decode('utf-8')
        d = json.loads(txt)
    except Exception as e:
        errs.append(f'{name}: invalid JSON/UTF-8: {e}'); continue
    if unicodedata.normalize('NFC', txt) != txt:
        errs.append(f'{name}: not NFC')
    if name.startswith('seed-'):
        continue
    lines = open(os.path.join(SHARED, d['file']), encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    N = len(lines)
    F = set()
    ids = set()
    for f in d['faults']:
        for k in ('id', 'line', 'quote', 'kind', 'why'):
            if k not in f: errs.append(f'{name}: fault missing {k}: {f}')
        if f['id'] in ids: errs.append(f'{name}: duplicate id {f["id"]}')
        ids.add(f['id']); allids[f['id']] += 1
        if f['kind'] not in KINDS: errs.append(f'{name}: {f["id"]} bad kind {f["kind"]}')
        if not (1 <= f['line'] <= N): errs.append(f'{name}: {f["id"]} line out of range')
        elif f['quote'] not in lines[f['line'] - 1]:
            errs.append(f'{name}: {f["id"]} quote not in line {f["line"]}: «{f["quote"]}»')
        F.add(f['line'])
        for l in f.get('also_lines', []):
            if not (1 <= l <= N): errs.append(f'{name}: {f["id"]} also_line out of range')
            F.add(l)
        if f['kind'] == 'heading-format' and 'trích yếu' in f['why'] and 'capitals' in f['why'] and 'NOTE' not in f['why']:
            errs.append(f'{name}: {f["id"]} trích yếu in capitals without NOTE')
        tot[f['kind']] += 1
    for x in d.get('doc_faults', []):
        if x['id'] in ids: errs.append(f'{name}: duplicate id {x["id"]}')
        ids.add(x['id']); allids[x['id']] += 1
    C = d['clean_lines']; R = d['residue_lines']
    Dl = [x['line'] for x in d.get('debatable_lines', [])]
    for x in d.get('debatable_lines', []):
        if set(x) != {'line', 'why'} or not x['why'].strip():
            errs.append(f'{name}: debatable entry malformed {x}')
    for nm, L in (('clean', C), ('residue', R), ('debatable', Dl)):
        if len(L) != len(set(L)): errs.append(f'{name}: duplicates in {nm}')
    cats = collections.Counter()
    for l in range(1, N + 1):
        n = (l in F) + (l in set(C)) + (l in set(R)) + (l in set(Dl))
        if n != 1:
            errs.append(f'{name}: line {l} is in {n} categories (F={l in F} C={l in C} R={l in R} D={l in Dl})')
    extra = (set(C) | set(R) | set(Dl) | F) - set(range(1, N + 1))
    if extra: errs.append(f'{name}: lines out of range {sorted(extra)}')
dups = [i for i, c in allids.items() if c > 1]
if dups: errs.append(f'ids duplicated across files: {dups}')
print('\n'.join(errs) if errs else 'OK: all checks passed')
print(dict(tot))
