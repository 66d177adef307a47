import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a clause whose subject is named, an infinitive of a verb of saying serving it
// ("to demand ...", "to complain"), then a participle of saying set off by a comma before the quote. The
// infinitive has no subject of its own: the participle hangs on the main clause, whose subject speaks.
describe('a participle of saying after an infinitive of saying', () => {
  it('"Sir GIVEN later took to social media to demand ..., writing: "...""', () => {
    const paras = ['Sir Marek Halvorsen, the member for Tarnby, spoke in the council on Monday.', 'Sir Marek later took to social media to demand an urgent statement in the council, writing: "The town deserves to know what the mayor knew."'];
    expect(speakerOf(paras, 'The town deserves to know')).toBe('Sir Marek Halvorsen');
  });
  it('"SURNAME went on the radio to complain, saying: "...""', () => {
    const paras = ['Ines Marlow runs the ferry office in Tarnby.', 'Marlow went on the radio to complain, saying: "Nobody asked the ferrymen."'];
    expect(speakerOf(paras, 'Nobody asked the ferrymen')).toBe('Ines Marlow');
  });
});
