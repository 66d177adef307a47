import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2026-05-01');

it('gives words said by "her mentor in Paris" to the mentor, not to the city', () => {
  const got = speakers([
    'Odile Marchetti took over the choir in March.',
    'Her mentor in Tarbes told her, "Never promise a perfect concert."',
    'My teacher in Corvallis used to tell me: "Rehearse the silences too."',
  ]);
  expect(got.get('Never promise a')).not.toBe('Tarbes');
  expect(got.get('Rehearse the silences')).not.toBe('Corvallis');
});

it('does not give "she added" to one of unknown gender who has just done something to "her"', () => {
  const got = speakers([
    'Professor Wilhelmina Brackett has studied the delta for thirty years. She spoke to our editor, Torvald Quennell, at her office.',
    '"Worse than any year I measured," Brackett said.',
    'Quennell thanked her. As he left, she added: "Come back in the spring."',
  ]);
  expect(got.get('Come back in')).not.toBe('Torvald Quennell');
});

it('credits no one with "he added" when the last man quoted was only reported by another man, the subject', () => {
  const got = speakers([
    'The two men hoping to represent Kelvedon, Duncan Mowbray and Robert Kellard, clashed on Thursday.',
    'Mowbray told the audience that Kellard had once described the clinic as "too small to save." He said he had the recording. "Those were his words, not mine," he added.',
  ]);
  expect(got.get('too small to')).toBe('Robert Kellard');
  expect(got.get('Those were his')).not.toBe('Robert Kellard');
});

it('reads "Mr Surname" without a full stop as the person when the surname is also a place', () => {
  const got = speakers([
    'Opening the case, prosecutor Colin Harrow said the accused had lied to the committee.',
    '"Every month, a transfer," Mr Harrow told the jury.',
  ]);
  expect(got.get('Every month, a')).toBe('Colin Harrow');
});

it('reads a bare surname that is a place the lexicon knows as the person named in full with it', () => {
  const got = speakers([
    'Opening the case, prosecutor Colin Harrow said the accused had lied to the committee.',
    '"Every week, a transfer," Harrow told the jury.',
  ]);
  expect(got.get('Every week, a')).toBe('Colin Harrow');
});

it('gives words said by "his granddaughter, First-name" to the first name the relation sets off', () => {
  const got = speakers([
    'Tobias Wrenfield, who kept the harbour light for thirty years, has died. He was 91.',
    '"She was the light he came home to," said his granddaughter, Elowen.',
  ]);
  expect(got.get('She was the')).toBe('Elowen');
});

it('sets up the agent of a passive verb of telling for the "she said" after it', () => {
  const got = speakers([
    'Tobias Wrenfield, who kept the harbour light for thirty years, has died. He was 91.',
    'His death was confirmed by his daughter, Ysolde Wrenfield. "He went peacefully," she said.',
  ]);
  expect(got.get('He went peacefully')).toBe('Ysolde Wrenfield');
});

it('reads past a name set off after a fronted phrase to the subject, and does not take the asker for the answerer', () => {
  const got = speakers([
    'The treasurer, Deborah Quaile, denies fraud. Giving evidence, the chairman, Neville Brisco, said he had confronted her.',
    'Under cross-examination by her barrister, Rowena Tuft, Mr Brisco accepted that the books were never audited. "We trusted each other," he said.',
  ]);
  expect(got.get('We trusted each')).toBe('Neville Brisco');
});

it('credits a roundup paragraph with a name, a role and an aside or question before the colon, and "X again:"', () => {
  const got = speakers([
    'Rovers came from behind to beat Castlegate 2-1. Here is what they said.',
    'Rovers manager Desmond Fairleigh: "I told them at half-time we had nothing to lose."',
    'Rovers goalkeeper Sam Orwin, on his first clean half in a month: "The lads in front of me made it easy."',
    'Castlegate captain Ross Adderley: "We switched off."',
    'Adderley, asked about the relegation fight: "Nine games left."',
    '10:02 Fairleigh again: "Please enjoy it."',
  ]);
  expect(got.get('The lads in')).toBe('Sam Orwin');
  expect(got.get('Nine games left.')).toBe('Ross Adderley');
  expect(got.get('Please enjoy it.')).toBe('Desmond Fairleigh');
});

it('sets up one the writer sends the reader to ("Ask Jane Roe, who ...") for the pronoun after it', () => {
  const got = speakers([
    'The council wants to close the Orchard Lane branch library next year.',
    'Ask Harriet Pellow, who runs the Tuesday homework club there. "Half these children have no desk at home," she told me.',
  ]);
  expect(got.get('Half these children')).toBe('Harriet Pellow');
});

it('sets up a subject opened by a capitalised word and a lowercase role before the name and its age ("Club member Jane Roe, 71, told")', () => {
  const got = speakers([
    'Club member Harold Pennock, 71, told the court the club had been in debt for years.',
    'Asked by Simon Harwell what he meant by that, he replied: "That she thought she was owed something."',
  ]);
  expect(got.get('That she thought')).toBe('Harold Pennock');
});

it('reads a post-nominal after a full name ("Jane Roe KC") as no part of the name, so "Mr Roe" is the same person', () => {
  const got = speakers([
    'Vale\'s counsel, Martin Odunsi KC, told the judges his client had been "a careless man, not a corrupt one."',
    '"Careless, yes. A criminal mastermind, no," Mr Odunsi said.',
  ]);
  expect(got.get('a careless man,')).toBe('Martin Odunsi');
  expect(got.get('Careless, yes. A')).toBe('Martin Odunsi');
});

it('reads past a live page\'s "Update:" label to the subject of the entry, for the "he wrote" after it', () => {
  const got = speakers([
    '12:55 — Taxi drivers are already feeling it. "Two fares since eight," said Dmitri Halvard, a cab driver.',
    '13:10 — Update: The mayor, Rupert Castlemaine, has posted a short statement. "The safety of every resident comes first," he wrote.',
  ]);
  expect(got.get('The safety of')).toBe('Rupert Castlemaine');
});
