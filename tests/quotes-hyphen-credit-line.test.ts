import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a quote alone in its paragraph, credited by the line after it that a hyphen
// opens, as plain-text copies of fact checks and notebooks write the dash.
describe('a credit line opened by a hyphen', () => {
  it('"- Name." credits the quote before', () => {
    const paras = ['Here are the claims we checked.', '"The harbour has doubled its trade in two years."', '- Omar Kask.', 'The figures say otherwise.'];
    expect(speakerOf(paras, 'doubled its trade')).toBe('Omar Kask');
  });
  it('"-Name, place." with no space after the hyphen', () => {
    const paras = ['Voices from the fair.', '"We come here every summer and it only gets better."', '-Mara Lind, Tartu.'];
    expect(speakerOf(paras, 'every summer')).toBe('Mara Lind');
  });
  it('a bare surname the text gave in full before', () => {
    const paras = ['Mayor Omar Kask spoke twice.', '"The ferry will run on Sundays."', '- Kask.'];
    expect(speakerOf(paras, 'ferry will run')).toBe('Omar Kask');
  });
  it('a list item a hyphen opens is no credit line', () => {
    const paras = ['"The ferry will run on Sundays."', '- Kask promised new ferries.'];
    expect(speakerOf(paras, 'ferry will run')).toBeNull();
  });
  it('the em dash line still reads with a full stop after the name', () => {
    const paras = ['"The ferry will run on Sundays."', '— Omar Kask.'];
    expect(speakerOf(paras, 'ferry will run')).toBe('Omar Kask');
  });
});
