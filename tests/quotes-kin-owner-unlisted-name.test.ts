import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a woman whose given name no name list holds,
// named just before "Her husband, NAME2 SURNAME", both bearing the surname.
describe('a possessive opening a kin goes back to the holder of no listed sex just named', () => {
  it('does not give the bare surname to the husband brought in as her kin', () => {
    const page = [
      'The rower once known as Quillane Varto now races as Quillane Odabo after her wedding. Her husband, Emeka Odabo, trains her.',
      '"The river is kinder in spring," Odabo said.',
    ];
    expect(speakerOf(page, 'The river is kinder')).not.toBe('Emeka Odabo');
  });
  it('still gives the husband his own words when he is credited in full', () => {
    const page = [
      'The rower Quillane Odabo races after her wedding. Her husband, Emeka Odabo, trains her.',
      '"The river is kinder in spring," Emeka Odabo said.',
    ];
    expect(speakerOf(page, 'The river is kinder')).toBe('Emeka Odabo');
  });
  it('still gives a titled daughter her words when "His daughter" alone tells the father of an unlisted name is a man', () => {
    const page = ["Dr Tunde Varto treated the patient. His daughter, Ms Ilsa Varto, is the clinic's lawyer. \"The clinic followed every rule,\" Ms Varto said."];
    expect(speakerOf(page, 'The clinic followed every rule')).toBe('Ilsa Varto');
  });
  it('leaves two of the name one sentence brings in as they were read', () => {
    const page = ['Senator Tunde Varto and his wife, Ilsa Varto, toured the mill.', '"Flour costs what it costs," Varto said.'];
    expect(speakerOf(page, 'Flour costs')).toBe('Tunde Varto');
  });
  it('leaves the husband the bare surname when another person is named between', () => {
    const page = [
      'Quillane Odabo rowed with Dagny Ferrant at Lusk. Her husband, Emeka Odabo, trains the crew.',
      'Emeka Odabo spoke at the dock on Friday. "The river is kinder in spring," Odabo said.',
    ];
    expect(speakerOf(page, 'The river is kinder')).toBe('Emeka Odabo');
  });
});
