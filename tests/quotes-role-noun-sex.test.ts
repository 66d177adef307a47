import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people: a role whose own noun tells a sex ("widow",
// "actress", "grandfather") is the text's word on it, surer than a guess from a first name both sexes bear.
describe('a role noun of one sex over a first name guessed of the other', () => {
  it('"said flood widow Terry Hallam. ¶ She continued, ..." is hers', () => {
    const got = speakersByQuote([
      "Many river families say the mayor's claims about the cost of the case are unfounded.",
      '"The mayor\'s reasons for the veto do not hold water. They are simply wrong," said flood widow Terry Hallam.',
      'She continued, "All we are asking for is a hearing in a courtroom. Anything less is unfair."',
      'Hallam accused the council of trying to wear the families down and said she and the others were tired of waiting.',
      '"Nobody here wants a fight," she said.',
    ]);
    expect(got.get('All we are asking for is a hearing in a courtroom. Anything less is unfair')).toBe('Terry Hallam');
    expect(got.get('Nobody here wants a fight')).toBe('Terry Hallam');
  });
  it('a sex noun after a preposition in the role tells nothing of its holder', () => {
    const got = speakersByQuote([
      'The hearing was delayed again on Monday.',
      '"We will keep pressing for a date," said Terry Hallam, a lawyer for the widow.',
      'She continued, "The court owes the family an answer."',
    ]);
    expect(got.get('The court owes the family an answer')).not.toBe('Terry Hallam');
  });
  it('a "-man" title women hold too ("deputy chairman") does not override a woman\'s first name', () => {
    const got = speakersByQuote([
      'The deputy chairman of the board of the Vell Region, Anna Rostova, told the paper that the region hopes to welcome tourists "as early as next year". She added: "The old harbour itself can draw visitors."',
    ]);
    expect(got.get('The old harbour itself can draw visitors')).toBe('Anna Rostova');
  });
  it('words set off after a name that open on a preposition are no role: "NAME, through a spokeswoman, ..." stays a man', () => {
    const got = speakersByQuote([
      'Curtis Vell, through a spokeswoman, declined to comment on Monday.',
      'On his blog on Tuesday, Vell did not back down. "Let me be clear from the start," he wrote.',
    ]);
    expect(got.get('Let me be clear from the start')).toBe('Curtis Vell');
  });
});
