import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): an office "of" a body whose words are joined by "and"
// ("Minister of Natural Resources and Environment") before a person's name is the title; the name after it
// speaks, whether or not the name lists know its first word.
describe('a title of bodies joined by "and" before a name', () => {
  it('"Minister of Natural Resources and Environment Ivo Darnat said:"', () => {
    const who = speakerOf(['Minister of Natural Resources and Environment Ivo Darnat said: "The forest is safe."'], 'forest is safe');
    expect(who).toBe('Ivo Darnat');
  });
  it('"said Minister of Trade and Industry Maria Lopez" after the quote', () => {
    const who = speakerOf(['"The port is open," said Minister of Trade and Industry Maria Lopez.'], 'port is open');
    expect(who).toBe('Maria Lopez');
  });
  it('after a fronted place: "In Selvar, Minister of Fisheries and Ports Oskarin Tavelli told reporters:"', () => {
    const who = speakerOf(['In Selvar, Minister of Fisheries and Ports Oskarin Tavelli told reporters: "The boats will sail."'], 'boats will sail');
    expect(who).toBe('Oskarin Tavelli');
  });
  it('a ministry itself, no name after it, stays the body', () => {
    const who = speakerOf(['The Ministry of Trade and Industry said: "The port is open."'], 'port is open');
    expect(who).toMatch(/^the Ministry of Trade and Industry$/iu);
  });
  it('"Editor in chief Lars Benn said" is Lars Benn', () => {
    const who = speakerOf(['Mara Kosh wrote the story last week.', 'Editor in chief Lars Benn said: "We stand by the story."'], 'stand by the story');
    expect(who).toBe('Lars Benn');
  });
});
