// The WCXB benchmark's own metric (wcxb-dev/evaluate.py), ported line for line: words are Python's
// re.findall(r'\w+', text.lower()) (Python's \w is letters, digits and "_" of any script: /[\p{L}\p{N}_]+/gu),
// counted as a multiset; per page precision = overlap / predicted words, recall = overlap / true words and
// their F1; an empty truth scores 1 against an empty prediction, else 0; an empty prediction scores 0.
// Headline figures are plain means over pages of P, of R and of the per-page F1. Snippets: the share of
// `with` (must keep) and `without` (must drop) snippets found, case-insensitive substring, 1 when there are none.

const WORD = /[\p{L}\p{N}_]+/gu;

export interface WordScores {
  precision: number;
  recall: number;
  f1: number;
}

export function words(text: string): string[] {
  return text ? (text.toLowerCase().match(WORD) ?? []) : [];
}

function counts(tokens: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const t of tokens) map.set(t, (map.get(t) ?? 0) + 1);
  return map;
}

export function wordF1(predicted: string, reference: string): WordScores {
  const pred = words(predicted);
  const ref = words(reference);
  if (ref.length === 0) {
    const score = pred.length === 0 ? 1 : 0;
    return { precision: score, recall: score, f1: score };
  }
  if (pred.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const refCounts = counts(ref);
  let overlap = 0;
  for (const [word, n] of counts(pred)) overlap += Math.min(n, refCounts.get(word) ?? 0);
  const precision = overlap / pred.length;
  const recall = overlap / ref.length;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function snippetRate(text: string, snippets: string[]): number {
  if (snippets.length === 0) return 1;
  const lower = text.toLowerCase();
  return snippets.filter((s) => lower.includes(s.toLowerCase())).length / snippets.length;
}
