import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_BUILD_DIR, lintFirefoxBuild, type LintFinding } from '../../scripts/lint-firefox';

/**
 * Warnings we accept, each from a dependency's own bundled code and explained in docs/firefox.md.
 * A new dependency warning fails this test until someone reads it and adds it here and to the docs.
 */
const EXPLAINED_DEPENDENCY_WARNINGS: Record<string, string[]> = {
  // Preact and DOMPurify are bundled three times: into the content script, into the options page, whose
  // preview renders a sample article through the same components and sanitizer, and into the adjustments
  // script (the "Removed" panel, which puts blocks back through the sanitizer). One warning per bundle.
  // dangerouslySetInnerHTML support inside Preact's diff; our components never pass that prop. Preact once
  // more in each after-paint script that renders (contents.js: the Continue bar and the table of contents;
  // save.js: the Save button; listen.js: its button and player).
  preact: [
    'UNSAFE_VAR_ASSIGNMENT',
    'UNSAFE_VAR_ASSIGNMENT',
    'UNSAFE_VAR_ASSIGNMENT',
    'UNSAFE_VAR_ASSIGNMENT',
    'UNSAFE_VAR_ASSIGNMENT',
    'UNSAFE_VAR_ASSIGNMENT',
  ],
  // The sanitizer parsing its input into an inert document (fallback when DOMParser fails).
  dompurify: ['UNSAFE_VAR_ASSIGNMENT', 'UNSAFE_VAR_ASSIGNMENT', 'UNSAFE_VAR_ASSIGNMENT'],
  // Readability restoring its cached copy between passes and unwrapping <noscript> images — on our clone.
  '@mozilla/readability': ['UNSAFE_VAR_ASSIGNMENT', 'UNSAFE_VAR_ASSIGNMENT'],
};

describe('web-ext lint (Mozilla add-ons linter) on the release Firefox build', () => {
  let findings: LintFinding[];

  beforeAll(() => {
    findings = lintFirefoxBuild();
  });

  it('reports no errors', () => {
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('reports no warning from our own code or manifest', () => {
    const ours = findings.filter((finding) => finding.severity === 'warning' && !finding.dependency);
    expect(ours).toEqual([]);
  });

  it('reports only the explained warnings from bundled dependencies', () => {
    const byDependency: Record<string, string[]> = {};
    for (const finding of findings.filter((f) => f.severity === 'warning' && f.dependency))
      (byDependency[finding.dependency as string] ??= []).push(finding.code);
    expect(byDependency).toEqual(EXPLAINED_DEPENDENCY_WARNINGS);
  });

  it('lints the manifest that declares no data collection and only the three permissions', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.browser_specific_settings.gecko).toMatchObject({
      id: 'lectern@lectern.example',
      data_collection_permissions: { required: ['none'] },
    });
  });
});
