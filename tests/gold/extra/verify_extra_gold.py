"""Check extra-gold.json against the article files in this folder (run: python3 verify_extra_gold.py)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
gold = json.load(open(os.path.join(HERE, 'extra-gold.json'), encoding='utf-8'))
seed_path = os.path.join(HERE, '..', 'seed-gold.json')
texts = {a: open(os.path.join(HERE, a), encoding='utf-8').read() for a in gold['articles']}
errors = 0

def err(msg):
    global errors
    errors += 1
    print('ERROR', msg)

# same top-level keys and field names as seed-gold.json
if os.path.exists(seed_path):
    seed = json.load(open(seed_path, encoding='utf-8'))
    if list(seed) != list(gold):
        err(f'top-level keys {list(gold)} != seed {list(seed)}')
    for part in ('figures', 'actors', 'conflicts'):
        if set(seed[part][0]) != set(gold[part][0]):
            err(f'{part} fields differ from seed')
    if set(next(iter(seed['articles'].values()))) != set(next(iter(gold['articles'].values()))):
        err('articles fields differ from seed')

for i, f in enumerate(gold['figures']):
    s = texts[f['article']]
    off, t = f['char_offset'], f['text']
    if s[off:off + len(t)] != t:
        err(f'figure {i} {t!r}: text not at char_offset {off}')
    if f['sentence_start'] not in s:
        err(f'figure {i}: sentence_start not in file')
    elif not (s.find(f['sentence_start']) <= off):
        err(f'figure {i}: offset before sentence_start')
    if f['low'] > f['high']:
        err(f'figure {i}: low > high')
    if f['approx'] not in ('exact', 'about', 'up_to', 'at_least', 'more_than', 'range'):
        err(f'figure {i}: bad approx')

for a in gold['actors']:
    for al in a['aliases_seen']:
        if not any(al in texts[x] for x in a['articles']):
            err(f'actor {a["canonical"]}: alias {al!r} not found in its articles')
    for x in a['articles']:
        if not any(al.lower() in texts[x].lower() for al in a['aliases_seen']):
            err(f'actor {a["canonical"]}: no alias found in {x}')

for g in gold['conflicts']:
    if len(g['figures']) != len(g['figure_idx']):
        err(f'conflict {g["quantity"]}: lengths differ')
    for (art, t), k in zip(g['figures'], g['figure_idx']):
        f = gold['figures'][k]
        if (f['article'], f['text']) != (art, t):
            err(f'conflict {g["quantity"]}: idx {k} is {f["article"]} {f["text"]!r}, not {art} {t!r}')
    if len({gold['figures'][k]['article'] for k in g['figure_idx']}) < 2:
        print('note: conflict within one article:', g['quantity'])

figs = gold['figures']
print(f"articles: {len(gold['articles'])}, figures: {len(figs)} "
      f"(optional {sum(f['optional'] for f in figs)}), actors: {len(gold['actors'])}, "
      f"conflicts: {len(gold['conflicts'])} "
      f"({', '.join(sorted({g['kind'] for g in gold['conflicts']}))})")
for a in gold['articles']:
    print(f"  {a}: {len(texts[a].split())} words, {sum(f['article'] == a for f in figs)} figures")
print('verified char_offset of', len(figs), 'figures;', 'OK' if not errors else f'{errors} ERRORS')
sys.exit(1 if errors else 0)
