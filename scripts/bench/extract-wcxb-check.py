# Checks scripts/bench/extract-wcxb-metric.ts against WCXB's own evaluate.py on the same predictions: every
# page's P, R, F1 and snippet rates from evaluate.py's functions beside the TypeScript port's (from a
# bench:extract report), then evaluate.py's own headline and per-type table over the same pages.
#   npm run bench:extract -- --data WCXB_DIR --dump
#   python3 scripts/bench/extract-wcxb-check.py .bench/extract-<date>.json .bench/pages/wcxb-dev WCXB_DIR
import json, sys, importlib.util, os, shutil, tempfile
WCXB = os.path.abspath(sys.argv[3])
spec = importlib.util.spec_from_file_location('ev', f'{WCXB}/evaluate.py')
ev = importlib.util.module_from_spec(spec); spec.loader.exec_module(ev)
report = json.load(open(sys.argv[1]))
pred_dir = sys.argv[2]
ds = [d for d in report['datasets'] if d['kind'] == 'wcxb'][0]
worst = 0; n = 0
for name in report['extractors']:
    preds = json.load(open(f'{pred_dir}/predictions.{name}.json'))
    for r in ds['results']:
        gt = json.load(open(f"{WCXB}/ground-truth/{r['id']}.json"))['ground_truth']
        p, rr, f = ev.word_f1(preds.get(r['id'], ''), gt.get('main_content', '') or '')
        w = ev.snippet_check(preds.get(r['id'], ''), gt.get('with', []) or [])
        wo = ev.snippet_check(preds.get(r['id'], ''), gt.get('without', []) or [])
        s = r['scores'][name]
        d = max(abs(p - s['precision']), abs(rr - s['recall']), abs(f - s['f1']), abs(w - s['withRate']), abs(wo - s['withoutRate']))
        worst = max(worst, d); n += 1
print(f'{n} page scores compared, largest difference {worst:.2e}')
# evaluate.py itself, on exactly these pages: a split folder holding only their ground truth.
root = tempfile.mkdtemp(); os.makedirs(f'{root}/dev/ground-truth')
shutil.copy(f'{WCXB}/evaluate.py', root)
for r in ds['results']:
    os.symlink(f"{WCXB}/ground-truth/{r['id']}.json", f"{root}/dev/ground-truth/{r['id']}.json")
for name in report['extractors']:
    print('==', name)
    os.system(f'cd {root} && python3 evaluate.py --split dev --results {os.path.abspath(pred_dir)}/predictions.{name}.json --per-type | tail -12')
