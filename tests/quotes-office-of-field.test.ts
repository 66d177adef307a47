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

// The same title capitalised after the verb: the credit's reading stops at "of", leaving the title's head alone
// ("former Secretary"), which is no one's name.
describe('a capitalised title "X of Y" after the verb, before a name', () => {
  it('"...," said former Secretary of State NAME: the one named, not "Secretary"', () => {
    const text = ['The hall emptied slowly.', '"The first duty of a port is to stay open," said former Secretary of State Mara Olsen.'];
    expect(speakerOf(text, 'first duty')).toBe('Mara Olsen');
  });

  it('"...," said former Minister of Health NAME: the one named, not "Minister"', () => {
    const text = ['The hall emptied slowly.', '"Every clinic stays open," said former Minister of Health Tomas Brek.'];
    expect(speakerOf(text, 'Every clinic')).toBe('Tomas Brek');
  });

  it('no holder named after the title: nobody, not the title\'s head', () => {
    const text = ['The hall emptied slowly.', '"Every clinic stays open," said the former Minister of Health.'];
    expect(speakerOf(text, 'Every clinic')).not.toBe('Minister');
  });
});
