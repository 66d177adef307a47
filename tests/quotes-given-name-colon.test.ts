import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people: a described source named by a clause saying the
// name was all they gave, speaking in the same sentence after a colon.
describe('a described source named by "who gave his name only as NAME", the quote after a colon', () => {
  it('is the name the clause gives, in the past or the present, after an opening "Asked about ..." too', () => {
    const paras = [
      'The ferry company blamed the weather for the delays.',
      'A porter, who gave his name only as Emil, said: "The boats leak."',
      "Asked about the fire, the kiosk's owner, who gives her name only as Wanda, told the paper by phone: \"We lost everything but the cat.\"",
    ];
    const s = speakersByQuote(paras);
    expect(s.get('The boats leak')).toBe('Emil');
    expect(s.get('We lost everything but the cat')).toBe('Wanda');
  });
  it('leaves a clause about someone else to the one described', () => {
    const paras = [
      'The ferry company blamed the weather for the delays.',
      'A porter, who met a clerk named Emil, said: "The boats leak."',
      'A cook, who gave the clerk his name only as a favour, said: "We stay out."',
    ];
    const s = speakersByQuote(paras);
    expect(s.get('The boats leak')).toBe('a porter');
    expect(s.get('We stay out')).toBe('a cook');
  });
});
