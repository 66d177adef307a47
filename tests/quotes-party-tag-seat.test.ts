import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages and names written for these tests: a senator named with a title, then described later by the place he
// holds his seat for ("the Delmar senator"). Only a text that ties him to that place makes him the one meant.
describe('"the PLACE senator" for a senator whose party tag gives the place', () => {
  const later = ['Other members left the chamber early.', '"This bill is a disgrace," the Delmar senator said.'];

  it('"Sen. Ivo Rask (D-Delmar)": Rask', () => {
    expect(speakerOf(['Sen. Ivo Rask (D-Delmar) spoke on the floor on Monday.', ...later], 'a disgrace')).toBe('Ivo Rask');
  });

  it('the tag set off by commas, "Sen. Ivo Rask, D-Delmar,": Rask', () => {
    expect(speakerOf(['Sen. Ivo Rask, D-Delmar, spoke on the floor on Monday.', ...later], 'a disgrace')).toBe('Ivo Rask');
  });

  it('"Delmar\'s Sen. Ivo Rask": Rask (as before)', () => {
    expect(speakerOf(["Delmar's Sen. Ivo Rask spoke on the floor on Monday.", ...later], 'a disgrace')).toBe('Ivo Rask');
  });

  it('nothing ties him to Delmar: the description stays', () => {
    expect(speakerOf(['Sen. Ivo Rask spoke on the floor on Monday.', ...later], 'a disgrace')).toBe('the Delmar senator');
  });

  it('a tag for another place: not Rask', () => {
    expect(speakerOf(['Sen. Ivo Rask (D-Kell) spoke on the floor on Monday.', ...later], 'a disgrace')).not.toBe('Ivo Rask');
  });

  it('two senators of that place: neither', () => {
    const text = ['Sen. Ivo Rask (D-Delmar) and Sen. Lena Orr (R-Delmar) spoke on the floor on Monday.', ...later];
    expect(speakerOf(text, 'a disgrace')).not.toBe('Ivo Rask');
    expect(speakerOf(text, 'a disgrace')).not.toBe('Lena Orr');
  });
});
