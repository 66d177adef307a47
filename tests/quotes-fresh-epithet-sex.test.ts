import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented people: a fresh epithet whose noun tells a sex is not the one just
// heard when the text told that one the other sex.
describe('a fresh epithet of one sex is not the speaker just heard of the other', () => {
  it('"The widow added:" after a man spoke alone is someone new', () => {
    const p = [
      'Derek Oyelowo, a retired docker, spoke first.',
      '"They took the cranes away in one night," he said.',
      'The widow added: "My husband worked there for thirty years."',
    ];
    expect(speakerOf(p, 'They took the cranes away in one night')).toBe('Derek Oyelowo');
    expect(speakerOf(p, 'My husband worked there for thirty years')).not.toBe('Derek Oyelowo');
  });
  it('"the grandmother added" after a man spoke alone is someone new', () => {
    const p = [
      'Ivo Marsh, who farms the valley, stood at the gate.',
      '"The river rose in an hour," he said.',
      '"We lost the hens," the grandmother added.',
    ];
    expect(speakerOf(p, 'We lost the hens')).not.toBe('Ivo Marsh');
  });
  it('still the one just heard when the noun fits: "the widower added" after a man', () => {
    const p = [
      'Derek Oyelowo, a retired docker, spoke first.',
      '"They took the cranes away in one night," he said.',
      '"My wife worked there for thirty years," the widower added.',
    ];
    expect(speakerOf(p, 'My wife worked there for thirty years')).toBe('Derek Oyelowo');
  });
});
