import { describe, expect, it } from 'vitest';
import { articleKey, PositionMemory } from './positions';

describe('PositionMemory', () => {
  it('keys an article by its address without the fragment, and its title', () => {
    expect(articleKey('https://a.example/story#part-2', 'Title')).toBe(
      articleKey('https://a.example/story', 'Title'),
    );
    expect(articleKey('https://a.example/story', 'Title')).not.toBe(
      articleKey('https://a.example/story', 'Other'),
    );
  });

  it('remembers the latest place per article and forgets the oldest past twenty', () => {
    const memory = new PositionMemory();
    for (let i = 0; i < 25; i++) memory.set(`a${i}`, { path: [i], prefix: `p${i}`, offset: i });
    expect(memory.get('a0')).toBeUndefined();
    expect(memory.get('a4')).toBeUndefined();
    expect(memory.get('a5')).toEqual({ path: [5], prefix: 'p5', offset: 5 });
    memory.set('a5', { path: [1, 2], prefix: 'x', offset: 3 });
    memory.set('new', { path: [0], prefix: 'n', offset: 0 });
    expect(memory.get('a5')).toEqual({ path: [1, 2], prefix: 'x', offset: 3 });
    expect(memory.get('a6')).toBeUndefined();
    memory.delete('a5');
    expect(memory.get('a5')).toBeUndefined();
  });
});
