import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLUTTER_RULES } from '../../utils/clutter';
import { readFiredRules } from '../helpers/fired-rules';

// Every rule file is registered, tested, documented and fires on a fixture page: a rule added without those
// fails here.
const DIR = join(__dirname, '../../utils/clutter');
const INFRASTRUCTURE = new Set(['index.ts', 'rule.ts']);
const ruleFiles = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !INFRASTRUCTURE.has(f))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

describe('clutter rule registry', () => {
  it('finds the rule files', () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(10);
  });

  it('registers every rule file exactly once, under its file name', () => {
    const registered = CLUTTER_RULES.map((r) => r.name);
    expect([...registered].sort()).toEqual(ruleFiles);
    expect(new Set(registered).size).toBe(registered.length);
  });

  it('has a test file for every rule', () => {
    const files = new Set(readdirSync(DIR));
    expect(ruleFiles.filter((name) => !files.has(`${name}.test.ts`))).toEqual([]);
  });

  it('documents every rule, in registry order, in the architecture document\'s "Clutter rules" section', () => {
    const doc = readFileSync(join(__dirname, '../../docs/architecture.md'), 'utf8');
    const start = doc.indexOf('### Clutter rules');
    expect(start).toBeGreaterThan(-1);
    const section = doc.slice(start, doc.indexOf('\n## ', start + 1));
    expect(section.length).toBeGreaterThan(0);
    const documented = [...section.matchAll(/^\| *\d+ *\| *`([a-z-]+)` *\|/gm)].map((m) => m[1]);
    expect(documented).toEqual(CLUTTER_RULES.map((r) => r.name));
  });

  it('fires on at least one fixture page (each fixture lists its rules in expected-rules.json)', () => {
    const fixtures = join(__dirname, '../fixtures');
    const fired = new Set(readdirSync(fixtures).flatMap((slug) => readFiredRules(join(fixtures, slug))));
    expect(fired.size).toBeGreaterThan(0);
    expect(CLUTTER_RULES.map((r) => r.name).filter((name) => !fired.has(name))).toEqual([]);
  });

  it('explains each rule in a comment saying what it removes and why it is safe', () => {
    for (const name of ruleFiles) {
      const source = readFileSync(join(DIR, `${name}.ts`), 'utf8');
      expect(source, name).toMatch(/^\/\/ .+/m);
      expect(source, name).toMatch(/Safe/);
    }
  });
});
