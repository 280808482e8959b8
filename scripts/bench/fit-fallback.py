#!/usr/bin/env python3
"""Fits the whole-page fallback's two thresholds (utils/extract/fallback.ts) and cross-validates them by site.

A short article (under 600 words) may be a fragment: the clutter rules or the story's scope cut a listing, a
service page or a product page down to one block. Bare Readability on the whole page is then the better view.
Three thresholds decide:
  WORDS the article has fewer words than this: a longer one is never second-guessed, and the page's prose is not
        measured (reading it costs a few milliseconds on a first click, on every short news story);
  GATE  the page's prose (visible text outside links, scripts and styles) is at least GATE x the article's text:
        below it the page has nothing the article left out, and the second Readability run is not paid;
  RATIO Readability's article on the whole page has at least RATIO x the words of ours.

Inputs: two bench:extract reports over the same pages, one with LECTERN_FALLBACK=off (never fall back) and one
with LECTERN_FALLBACK=always (always take the whole page's article when it exists), and the JSON lines the second
run logged per short article (FALLBACK_LOG: url, words, prose, text, whole). Usage:
  python3 scripts/bench/fit-fallback.py OFF.json WHOLE.json LOG.jsonl
Prints the in-sample fit, a 5-fold cross-validation grouped by site (thresholds fitted on four fifths of the
sites, scored on the rest) and how many pages pay for the second run.
"""
import sys

from fit_reports import cross_validate, paired_rows

WORDS = [100, 150, 200, 300, 400, 600]
GATES = [0, 1, 2, 3, 4, 5, 6, 8, 12]
RATIOS = [1.1, 1.25, 1.5, 2, 3]
# Mean F1 within this of the best counts as a tie, won by the cheapest setting: fewest words, then highest gate.
TIE = 0.002


def main(off_file, whole_file, log_file):
    rows = paired_rows(off_file, whole_file, log_file)

    def pays(row, words, gate):
        e = row["log"]
        return e is not None and e["words"] < words and e["prose"] >= gate * e["text"]

    def chooses_whole(row, setting):
        words, gate, ratio = setting
        e = row["log"]
        if not pays(row, words, gate):
            return False
        if e["words"] == 0:  # nothing found: fallback.ts's MIN_WORDS_WHEN_NOTHING_FOUND
            return e["whole"] >= 25
        return e["whole"] >= ratio * e["words"]

    def score(subset, setting):
        return sum(r["other"] if chooses_whole(r, setting) else r["off"] for r in subset) / len(subset)

    settings = [(w, g, r) for w in WORDS for g in GATES for r in RATIOS]

    def fit(subset):
        scores = {s: score(subset, s) for s in settings}
        best = max(scores.values())
        return min((s for s in settings if scores[s] >= best - TIE), key=lambda s: (s[0], -s[1], abs(s[2] - 1.5)))

    fitted = fit(rows)
    words, gate, ratio = fitted
    print(f"pages: {len(rows)} (short articles logged: {sum(1 for r in rows if r['log'])})")
    print(f"never fall back: mean F1 {score(rows, (0, 0, 0)):.4f}")
    print(f"best setting on all pages: mean F1 {max(score(rows, s) for s in settings):.4f}")
    print(f"fitted on all pages: WORDS {words}, GATE {gate}, RATIO {ratio}: mean F1 {score(rows, fitted):.4f} (in-sample)")
    print(f"  pages whose prose is measured: {sum(1 for r in rows if r['log'] and r['log']['words'] < words)}")
    print(f"  pages paying for the second run: {sum(1 for r in rows if pays(r, words, gate))} of {len(rows)}")
    cross_validate(rows, fit, score, "WORDS, GATE, RATIO")

if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
