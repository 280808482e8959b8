import { describe, expect, it } from 'vitest';
import { EAGER_COMPILE_HINT, eagerCompile } from './eager-compile';

describe('eagerCompile', () => {
  it('puts the hint on the first line of the named script only', () => {
    const bundle = {
      'reader.js': { type: 'chunk', code: '(function(){})()' },
      'background.js': { type: 'chunk', code: 'var background=(function(){})()' },
      'reader.css': { type: 'asset' },
    };
    eagerCompile('reader.js').generateBundle.handler(undefined, bundle);
    expect(bundle['reader.js'].code).toBe('//# allFunctionsCalledOnLoad\n(function(){})()');
    expect(bundle['background.js'].code).toBe('var background=(function(){})()');
    expect(bundle['reader.css']).toEqual({ type: 'asset' });
  });

  it('makes the IIFE anonymous itself when WXT has not yet (its value is the toggle outcome)', () => {
    const bundle = { 'reader.js': { type: 'chunk', code: 'var reader=(function(){return 1})()' } };
    eagerCompile('reader.js').generateBundle.handler(undefined, bundle);
    expect(bundle['reader.js'].code).toBe('//# allFunctionsCalledOnLoad\n(function(){return 1})()');
  });

  it("moves the script's source map down the added line", () => {
    const map = { version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA,CAAC;AACA' };
    const bundle = {
      'reader.js': { type: 'chunk', code: 'a()\nb()' },
      'reader.js.map': { type: 'asset', source: JSON.stringify(map) },
    };
    eagerCompile('reader.js').generateBundle.handler(undefined, bundle);
    expect(JSON.parse(bundle['reader.js.map'].source)).toEqual({ ...map, mappings: ';AAAA,CAAC;AACA' });
  });

  it('runs after every other plugin, so that nothing else has the first line after it', () => {
    const plugin = eagerCompile('reader.js');
    expect(plugin.enforce).toBe('post');
    expect(plugin.generateBundle.order).toBe('post');
    expect(EAGER_COMPILE_HINT.startsWith('//# allFunctionsCalledOnLoad')).toBe(true);
  });
});
