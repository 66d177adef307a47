import { expect, it } from 'vitest';
import { findQuoteSpans } from '../src/quotes/attribution.ts';
import { grammarAttribution } from '../src/quotes/grammar.ts';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-01');

it('keeps a son named after his mother\'s possessive, and his age, for the "he said" that follows', () => {
  const got = speakers([
    'Mrs. Varga runs a bakery near the station.',
    'Mrs. Varga\'s son, Tomas Varga-Lind, 22, grew up above the shop. He is now a nurse in the city. He said he still helps out at weekends.',
    '"The ovens start at four, and somebody has to be there," he said.',
  ]);
  expect(got.get('The ovens start')).toBe('Tomas Varga-Lind');
});

it('reads the subject after "Asked whether ...," as the one a later "she said" means', () => {
  const got = speakers([
    'A ferry worker who gave only her surname, Oduya, said the strike would last. "Nobody is going back on Monday," Ms. Oduya said.',
    'The harbour authority said on Friday that talks would resume next week.',
    'The port director promised a fair offer.',
    'Asked whether she believed the director, Ms. Oduya shrugged.',
    '"Fair," she said. "We have heard that word before."',
  ]);
  expect(got.get('Fair')).toBe('Oduya');
  expect(got.get('We have heard')).toBe('Oduya');
});

it('credits the quote after a label in capitals that describes one unnamed official', () => {
  const got = speakers([
    'A SENIOR EU DIPLOMAT, SPEAKING ON CONDITION OF ANONYMITY BECAUSE THE TALKS ARE PRIVATE:',
    '"Nobody in Brussels expects a deal before the spring."',
  ]);
  expect(got.get('Nobody in Brussels')).toMatch(/diplomat/iu);
});

it('keeps a quote inside a "When X says, as he did ..., that" clause with X', () => {
  const got = speakers([
    'When Mayor Lund says, as she did at the council meeting, that "the bridge will open in May," she is promising something the engineers have not.',
  ]);
  expect(got.get('the bridge will open')).toBe('Lund');
});

it('credits a relative described with a possessive, whatever stands between it and its verb', () => {
  const got = speakers([
    'My grandmother, who ran a farm for forty years, used to say, "Rain never asks permission."',
    'Our coach, the Rev. Tobias Wren, told us before the match that "nobody remembers the weather."',
  ]);
  expect(got.get('Rain never asks')).toMatch(/grandmother/iu);
  expect(got.get('nobody remembers')).toBe('Tobias Wren');
});

it('takes the person a number opens as the subject, not the place after it', () => {
  const text = 'One farmer in the valley said that the new dam "will drown the best fields we have."';
  expect(grammarAttribution(text, findQuoteSpans(text), 0, 0, text.length)?.phrase).toBe('One farmer in the valley');
  expect(speakers([text]).get('will drown')).toMatch(/farmer/iu);
});

it('gives "one of them said" to the group the sentence before has speak, and to no one without it', () => {
  const got = speakers([
    'Three engineers who worked on the tunnel, who asked not to be named, said the survey had been rushed. "We drilled where we were told to drill," one of them said.',
    'The ministry published the survey on Monday. "It was rushed," one of them said.',
  ]);
  expect(got.get('We drilled')).toMatch(/engineers/iu);
  expect(got.get('It was rushed')).toBeFalsy();
});
