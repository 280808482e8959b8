import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '../../utils/i18n';
import { formatMessage, installFakeI18n, readLocale } from '../helpers/fake-i18n';

const ROOT = resolve(import.meta.dirname, '../..') + '/';
const LOCALES = ['en', 'ko'];
/** Keys the manifest will use (__MSG_…__) rather than the code. */
const MANIFEST_KEYS = ['extName', 'extDescription', 'actionTitle', 'commandToggle'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.includes('.test.'))
    .map((file) => join(ROOT, dir, file));
}

// utils/background/toggle.ts writes the toolbar button's tooltips, which people read too; remove-this.ts the
// "Remove this" button it puts on article blocks.
const UI_FILES = [
  ...sourceFiles('components'),
  ...sourceFiles('entrypoints'),
  join('utils', 'background', 'toggle.ts'),
  join('utils', 'adjustments', 'remove-this.ts'),
  // Listen's notices and spoken notes are chosen by its controller.
  ...sourceFiles(join('utils', 'listen')),
];

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
}

function walk(node: ts.Node, visit: (node: ts.Node) => void) {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/** First arguments of t('…') calls, and every string literal in the UI code (label maps hold keys too). */
function literalsInUi(): { calls: Set<string>; literals: Set<string> } {
  const calls = new Set<string>();
  const literals = new Set<string>();
  for (const file of UI_FILES) {
    walk(parse(file), (node) => {
      if (ts.isStringLiteral(node)) literals.add(node.text);
      if (ts.isCallExpression(node) && node.expression.getText() === 't') {
        const first = node.arguments[0];
        if (first && ts.isStringLiteral(first)) calls.add(first.text);
      }
    });
  }
  return { calls, literals };
}

const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'label']);
const HAS_LETTER = /\p{L}/u;

/** JSX text and text-bearing attributes that are literals with letters in them. */
function hardCodedText(file: string): string[] {
  const found: string[] = [];
  walk(parse(file), (node) => {
    if (ts.isJsxText(node) && HAS_LETTER.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteral(node.expression)) {
      const parent = node.parent;
      const isChild = ts.isJsxElement(parent) || ts.isJsxFragment(parent);
      if (isChild && HAS_LETTER.test(node.expression.text)) found.push(node.expression.text);
    }
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText())) {
      const init = node.initializer;
      const literal =
        init && ts.isStringLiteral(init)
          ? init
          : init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteral(init.expression)
            ? init.expression
            : null;
      if (literal && HAS_LETTER.test(literal.text)) found.push(`${node.name.getText()}="${literal.text}"`);
    }
  });
  return found;
}

describe('locales', () => {
  const locales = Object.fromEntries(LOCALES.map((locale) => [locale, readLocale(locale)]));

  it('has the same keys in every locale', () => {
    const english = Object.keys(locales.en!).sort();
    for (const locale of LOCALES) expect(Object.keys(locales[locale]!).sort()).toEqual(english);
  });

  it('gives every key a non-empty message and the same placeholders everywhere', () => {
    for (const locale of LOCALES) {
      for (const [key, entry] of Object.entries(locales[locale]!)) {
        expect(entry.message.trim(), `${locale}.${key}`).not.toBe('');
        const names = (entry.message.match(/\$[A-Za-z0-9_]+\$/g) ?? []).map((n) => n.toLowerCase()).sort();
        const english = (locales.en![key]!.message.match(/\$[A-Za-z0-9_]+\$/g) ?? []).map((n) =>
          n.toLowerCase(),
        );
        expect(names, `${locale}.${key}`).toEqual(english.sort());
      }
    }
  });

  it('contains every key the code passes to t(), and the manifest keys', () => {
    const { calls } = literalsInUi();
    expect(calls.size).toBeGreaterThan(10);
    for (const locale of LOCALES) {
      for (const key of [...calls, ...MANIFEST_KEYS])
        expect(locales[locale], `${locale} lacks ${key}`).toHaveProperty(key);
    }
  });

  it('has no message the code never uses', () => {
    const { literals } = literalsInUi();
    const unused = Object.keys(locales.en!).filter(
      (key) => !literals.has(key) && !MANIFEST_KEYS.includes(key),
    );
    expect(unused).toEqual([]);
  });

  it('keeps the English button names the browser tests look for', () => {
    expect(locales.en!.decreaseFontSize!.message).toBe('Decrease font size');
    expect(locales.en!.increaseFontSize!.message).toBe('Increase font size');
    expect(locales.en!.closeReader!.message).toBe('Close reader');
  });
});

describe('components', () => {
  it('scans real component files', () => {
    expect(UI_FILES.some((file) => file.endsWith('Toolbar.tsx'))).toBe(true);
  });

  it('finds hard-coded text when there is some (the scanner itself works)', () => {
    const probe = ts.createSourceFile(
      'probe.tsx',
      'const a = <button aria-label="Close" title={"Shut"}>Close me {"now"}</button>;',
      ts.ScriptTarget.Latest,
      true,
      ts.ScriptKind.TSX,
    );
    const found: string[] = [];
    walk(probe, (node) => {
      if (ts.isJsxText(node) && HAS_LETTER.test(node.text)) found.push(node.text);
    });
    expect(found).toEqual(['Close me ']);
  });

  it.each(UI_FILES.filter((f) => f.endsWith('.tsx')).map((f) => [f.slice(ROOT.length)]))(
    '%s has no hard-coded UI text',
    (relative) => {
      expect(hardCodedText(join(ROOT, relative))).toEqual([]);
    },
  );
});

describe('t()', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads the browser catalogue with substitutions', () => {
    installFakeI18n('en');
    expect(t('readingTime', '7')).toBe('7 min read');
    installFakeI18n('ko');
    expect(t('readingTime', '7')).toBe('7분 분량');
  });

  it('shows the key rather than nothing when a message is missing', () => {
    fakeBrowser.i18n.getMessage = (() => '') as typeof fakeBrowser.i18n.getMessage;
    expect(t('closeReader')).toBe('closeReader');
  });

  it('formats placeholders like the browser', () => {
    expect(
      formatMessage(
        { message: '$A$ and $B$', placeholders: { a: { content: '$2' }, b: { content: '$1' } } },
        ['x', 'y'],
      ),
    ).toBe('y and x');
  });
});
