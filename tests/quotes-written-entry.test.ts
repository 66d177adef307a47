import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: captions quoting what someone wrote in a book.
describe('"The entry reads:" after a sentence showing someone writing', () => {
  it('`... as Ruiz signs the guest book. The entry, in French, reads: "..."` is Ruiz\'s', () => {
    const paras = ['Mayor Lena Ruiz toured the museum on Friday.', 'A guide looks on as Ruiz signs the guest book at the museum. The entry, in French, reads: "Long live the friendship of our towns."'];
    expect(speakerOf(paras, 'Long live')).toBe('Lena Ruiz');
  });
  it('is no one when two people are shown writing', () => {
    const paras = ['Lena Ruiz and Tom Hale toured the museum on Friday.', 'Ruiz signs the guest book as Hale writes a note on the card. The entry reads: "Long live the friendship of our towns."'];
    expect(speakerOf(paras, 'Long live')).toBeNull();
  });
  it('is no one when no one is shown writing', () => {
    const paras = ['Lena Ruiz toured the museum on Friday.', 'A plaque stands at the museum door. The inscription reads: "Long live the friendship of our towns."'];
    expect(speakerOf(paras, 'Long live')).toBeNull();
  });
});

describe('"The entry in the guest book read:" and "has written in the guest book"', () => {
  it('reads the book named after the noun, a translation set off after the verb, and the present perfect of writing', () => {
    const paras = ['Mayor Tobin Straade toured the Verlund museum on Friday.', 'Straade has written in the guest book, according to the museum. The entry reads, in the museum\'s translation: "Glory to the crane drivers."', 'Ilse Varga signed the guest book too. The entry in the guest book read: "With thanks to our hosts."'];
    expect(speakerOf(paras, 'crane drivers')).toBe('Tobin Straade');
    expect(speakerOf(paras, 'With thanks')).toBe('Ilse Varga');
  });
  it('is no one when no one is shown writing', () => {
    const paras = ['Mayor Tobin Straade toured the Verlund museum on Friday.', 'The entry in the guest book read: "Glory to the dock workers."'];
    expect(speakerOf(paras, 'dock workers')).toBeNull();
  });
});
