import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { isCourtVoice, namedCourt } from '../src/quotes/court-voice.ts';

// Passages written for these tests: a court speaks through its judges and its written judgment, so "the
// judges wrote" after the text has named one court is that court's.
describe("a court's bench or judgment", () => {
  it('`"...," the judges wrote` after one court is named is the court\'s', () => {
    const paras = ['The Vesterby District Court jailed Tomas Vell on Monday.', '“The accused knew where the grain was going,” the judges wrote.'];
    expect(speakerOf(paras, 'grain was going')).toBe('the Vesterby District Court');
  });
  it('`the judgment said` after a paragraph naming someone else is still the court\'s', () => {
    const paras = ['The Vesterby District Court jailed Tomas Vell on Monday.', 'Mara Olsen, his lawyer, will appeal.', '“No witness backed his account,” the judgment said.'];
    expect(speakerOf(paras, 'No witness backed')).toBe('the Vesterby District Court');
  });
  it('leaves the judges alone when two courts are named', () => {
    const paras = ['The Vesterby District Court and the Holm Appeals Court disagreed on the case.', '“The accused knew,” the judges wrote.'];
    expect(speakerOf(paras, 'The accused knew')).not.toMatch(/Court/u);
  });
  it('reads the descriptions and the court names', () => {
    expect(isCourtVoice('the three-judge panel')).toBe(true);
    expect(isCourtVoice('the judges')).toBe(true);
    expect(isCourtVoice('the lawyers')).toBe(false);
    expect(namedCourt('The Vesterby District Court jailed him.')).toBe('Vesterby District Court');
    expect(namedCourt('The Court heard it.')).toBeNull();
  });
});
