import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a title with "of" and the body it is of, in common words, then a name whose
// given name no list of names holds ("Deputy Minister of Transport Oskarin Tavelli told ..."): the person is the
// name after the title, not a "Transport Oskarin Tavelli".
describe('"Deputy Minister of Transport NAME told reporters" with an unlisted given name', () => {
  it('the name after the title speaks, before the verb or after it', () => {
    expect(speakerOf(['Deputy Minister of Transport Oskarin Tavelli told the Harbour Courier on Thursday that the ministry was "watching closely" the delays.'], 'watching closely')).toBe('Oskarin Tavelli');
    expect(speakerOf(['Minister of Foreign Affairs Ninh Bao Tho told reporters, "We will wait."'], 'We will wait')).toBe('Ninh Bao Tho');
    expect(speakerOf(['"The tax will not rise," said Deputy Minister of Finance Oskarin Tavelli.'], 'The tax')).toBe('Oskarin Tavelli');
  });

  it('the bare surname later finds the same person', () => {
    const paras = ['Minister of Transport Oskarin Tavelli said, "The bridge will open in spring."', '"We are on schedule," Tavelli said.'];
    expect(speakerOf(paras, 'The bridge')).toBe('Oskarin Tavelli');
    expect(speakerOf(paras, 'on schedule')).toBe('Oskarin Tavelli');
  });

  it('not a body whose name runs on after the common words', () => {
    expect(speakerOf(['The Ministry of Transport Oskarin Division said, "Fine."'], 'Fine')).not.toBe('Oskarin Division');
  });
});
