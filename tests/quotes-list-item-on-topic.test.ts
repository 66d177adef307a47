import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a reactions list whose items read "NAME on TOPIC: "..."".
describe('a list item "NAME on NAME2:" is NAME\'s words, never NAME2\'s', () => {
  it('the one named first speaks, not the one spoken of', () => {
    const paras = ['- Councillor Wenna Tresize on Mayor Davy Polglase: "He has wasted every penny."', '- Mayor Polglase\'s office: "We do not comment on gossip."'];
    expect(speakerOf(paras, 'He has wasted every penny')).toBe('Wenna Tresize');
  });
  it('a topic that is no person: "NAME on the budget:"', () => {
    const paras = ['- Councillor Wenna Tresize on the budget: "It is a plan for nobody."'];
    expect(speakerOf(paras, 'It is a plan for nobody')).toBe('Wenna Tresize');
  });
  it('a role before the name is still read as before', () => {
    const paras = ['- Harbour spokesman Jory Pascoe: "The pier will reopen in May."'];
    expect(speakerOf(paras, 'The pier will reopen')).toBe('Jory Pascoe');
  });
});
