import { describe, expect, it } from 'vitest';
import { roleFits, roleInCategory } from '../src/quotes/role-fit.ts';
import { speakerOf } from './helpers/quotes.ts';

// Sentences, people and bodies invented for these tests: "the MP", "the legislator", "the parliamentarian" say no
// more than "a member of a legislature", so a seat the text gave beside a name fits them as it fits "the lawmaker".

describe('a seat in a legislature fits "the MP" and "the legislator"', () => {
  it('reads the seat as the role those nouns name', () => {
    const seat = "an opposition member of the Varn Assembly's defence committee";
    for (const head of ['mp', 'legislator', 'parliamentarian', 'lawmaker']) {
      expect(roleInCategory(seat, head)).toBe(true);
      expect(roleFits(seat, head, [], true)).toBe(true);
    }
    expect(roleInCategory('a member of the Tarn Rowing Club', 'mp')).toBe(false);
  });

  it('ties "the MP" to the one member of the assembly the text named', () => {
    const text = [
      'Pell Arno, a farmer near Osk, said bread prices were up. "Bread is dear," he said.',
      '"The ministry is hiding behind the charter," said Darla Quist, an opposition member of the Varn Assembly\'s defence committee.',
      'Pell Arno shrugged. "Bread is still dear," he said.',
      'Darla Quist was unconvinced. "They said the same thing last year," the MP said.',
    ];
    expect(speakerOf(text, 'same thing last year')).toBe('Darla Quist');
  });

  it('ties no one when two members of the assembly were named', () => {
    const text = [
      '"The ministry is hiding," said Darla Quist, an opposition member of the Varn Assembly.',
      '"The ministry is careful," said Omar Fenn, a ruling-party member of the Varn Assembly.',
      'The debate went on late into the night. "They said the same thing last year," the MP said.',
    ];
    expect(speakerOf(text, 'same thing last year')).not.toMatch(/Quist|Fenn/u);
  });
});
