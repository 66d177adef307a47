import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Phrases and passages written for these tests: a capitalised word run into a body named with "the" after it.
describe('a name holds "the" only before a one-word epithet', () => {
  it('`the only Article the Founding Elders wrote "..."` is not a person "Article the Founding Elders"', () => {
    const paras = ['We should rethink the plan rather than tamper with the only Article the Founding Elders wrote "shall not be changed."'];
    expect(speakerOf(paras, 'shall not be changed')).not.toBe('Article the Founding Elders');
  });
  it('reads "Article the Founding Elders" as the body after "the"; "Ivan the Bold" stays a name', () => {
    const p = parseSpeakerPhrase('Article the Founding Elders');
    expect(p?.type === 'name' ? p.name : p?.type === 'description' ? p.text : null).toBe('the Founding Elders');
    const q = parseSpeakerPhrase('Ivan the Bold');
    expect(q?.type === 'name' ? q.name : null).toBe('Ivan the Bold');
  });
});
