import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// The person served, named after "to" or "for" inside the subject, is not the one who speaks.
describe('a subject that serves a named person', () => {
  it('gives the words to the aide, not to the ex-mayor she worked for', () => {
    const said = speakerOf(['A former aide to ex-mayor Walter Brisk told the court on Monday that she had carried parcels to his house "at least twice a month."'], 'twice a month');
    expect(said).not.toMatch(/^Walter Brisk$/u);
    expect(said).toMatch(/aide/u);
  });

  it('reads a lowercase title with "former" the same way', () => {
    const said = speakerOf(['A chauffeur for former governor Walter Brisk said he had been "only following orders."'], 'only following');
    expect(said).toMatch(/chauffeur/u);
  });

  it('still takes the name when the title belongs to the speaker', () => {
    expect(speakerOf(['Former mayor Walter Brisk told reporters he was "never told about any parcels."'], 'never told')).toBe('Walter Brisk');
    expect(speakerOf(['The minister for fisheries Walter Brisk said the quota was "final."'], 'final')).toMatch(/Walter Brisk/u);
  });
});

describe("a person's noun set off before a body's name", () => {
  it("gives the words to the representative, not to the company", () => {
    const said = speakerOf(['A representative of the builder, Greyhaven Holdings, said the firm had "listened carefully" to the objections.'], 'listened carefully');
    expect(said).toMatch(/representative/u);
  });

  it('keeps a spokesman named after a body', () => {
    expect(speakerOf(['A spokesman for the firm, Oskar Lindqvist, said it was "looking into" the complaint.'], 'looking into')).toBe('Oskar Lindqvist');
  });
});

describe('a name set off after a role noun of the other sex', () => {
  it("gives a spokeswoman's words to her, not to the man named after the one she speaks for", () => {
    const said = speakerOf(['A spokeswoman for the district mayor, Oleg Voronin, said only that the mayor had "no part" in the decision.'], 'no part');
    expect(said).not.toBe('Oleg Voronin');
    expect(said).toMatch(/spokeswoman/u);
  });

  it('keeps the name when its sex fits the role', () => {
    expect(speakerOf(['A spokeswoman for the ministry, Anna Voronina, said the talks were "useful."'], 'useful')).toBe('Anna Voronina');
  });
});
