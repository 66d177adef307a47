import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a title of the form "secretary of state" (an office, "of", the
// office's field) written in lowercase right before a name; the field word names no person, so the name is the
// holder's and speaks, while a person's trade after "of" ("the parents of missing student NAME") still makes
// the name the complement of "of".

describe('a lowercase title "X of <field>" right before a name', () => {
  it('"...," said former secretary of state NAME: the one named', () => {
    const text = ['The hall emptied slowly.', '"The first duty of a port is to stay open," said former secretary of state Mara Olsen.'];
    expect(speakerOf(text, 'first duty')).toBe('Mara Olsen');
  });

  it('"...," secretary of defense NAME said: the one named', () => {
    const text = ['The hall emptied slowly.', '"We will keep every harbour lit," secretary of defense Tomas Brek said.'];
    expect(speakerOf(text, 'every harbour')).toBe('Tomas Brek');
  });

  it('former secretary of state NAME said, "...": the one named', () => {
    const text = ['The hall emptied slowly.', 'Former secretary of state Ilse Varga said, "The dunes belong to nobody."'];
    expect(speakerOf(text, 'dunes belong')).toBe('Ilse Varga');
  });

  it('a person\'s trade after "of" keeps the name its complement: the parents of missing student NAME speak', () => {
    const text = ['The hall emptied slowly.', '"We only want to know where she went," the parents of missing student Lina Sorel said.'];
    expect(speakerOf(text, 'where she went')).not.toBe('Lina Sorel');
  });
});
