import { describe, it, expect } from 'vitest';
import { speakerOf, speakersByQuote } from './helpers/quotes.ts';
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

// "the three-judge panel said in its ruling", "the ruling said": the bench and its decision are the one court
// named; with no court named, no one (a panel may be a body of experts the text names otherwise).
it('credits "the panel" and "the ruling" to the one court named before them', () => {
  const got = speakersByQuote([
    'The Vesterby District Court found Ola Dahl, 51, guilty of fraud on Thursday.',
    '"He knew where the money went," the three-judge panel said in its ruling.',
    'The court rejected the defence\'s account. "Size is no excuse for a pattern," the ruling said.',
  ]);
  expect(got.get('He knew where the money went')).toBe('the Vesterby District Court');
  expect(got.get('Size is no excuse for a pattern')).toBe('the Vesterby District Court');
});

it('leaves "the panel" and "the ruling" to no one when no court is named', () => {
  const got = speakersByQuote([
    'A court in the north found Ola Dahl guilty. "Size is no excuse," the ruling said.',
    'The Harbour Panel of Experts met in May. "Ships keep coming," the panel said.',
  ]);
  expect(got.get('Size is no excuse')).toBeNull();
  expect(got.get('Ships keep coming')).toBeNull();
});
