import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]): Map<string, string | null> => speakersByOpening(paras, 'n', '2025-06-01');

it('counts one brought in after "for" ("made room for a woman") as someone a pronoun may mean', () => {
  const got = speakers([
    'The headteacher, Greta Holm, opened the school fete. "We raised a lot this year," Holm said.',
    'The queue parted for a woman with a wheelbarrow of plants. "Everything must go," she said.',
  ]);
  expect(got.get('Everything must go')).toBeNull();
});

it('still takes a description after "mistaken for" as said of someone there', () => {
  const got = speakers([
    'The chef, Lena Falk, was often mistaken for a tourist in her own town. "People speak English to me," she said.',
  ]);
  expect(got.get('People speak English')).toBe('Lena Falk');
});

it('finds a person described after a preposition in a description of no one ("a statement from a witness")', () => {
  const got = speakers([
    'The ferry captain, Otto Rask, refused to comment. "Talk to the company," Rask said.',
    'The police took a statement from a driver at the quay. "The ramp came down too early," he said.',
  ]);
  expect(got.get('The ramp came')).toBeNull();
});

it('does not give "she" to one of no known gender met beside a newcomer whose noun is female ("a chairwoman")', () => {
  const got = speakers([
    'The club secretary, Kaj Vester, called the meeting. "We need a decision tonight," Vester said.',
    'Vester later met a chairwoman of the league. "Wait for the vote," she told him.',
  ]);
  expect(got.get('Wait for the')).toBeNull();
});

it('keeps "she" on the woman a paragraph already ran on, past one of no known gender only talked about since', () => {
  const got = speakers([
    'Few people know the old port better than Marta Selin. She has piloted ships into it for thirty years.',
    '"The channel changes every winter," Selin said over coffee on the quay.',
    'What she remembers best, she says, is a visit by a minister. Tran Duc asked about the tides for an hour. "He wanted every number we had," she recalled.',
  ]);
  expect(got.get('He wanted every')).toBe('Marta Selin');
});

it('takes a man from a word of kin in his appositive ("Selin\'s late husband, Aron") so "she" does not go to him', () => {
  const got = speakers([
    'Vera Selin runs the mill. "It is hard work," Selin said.',
    'Selin\'s late husband, Aron, built the wheel himself in 1990. She speaks of him often.',
    '"He would have hated the new road," she said.',
  ]);
  expect(got.get('He would have')).not.toBe('Aron');
});

it('reads on past a description of no one that ends on its preposition ("a word with.")', () => {
  const got = speakers([
    'Rosa Lind runs the ferry. "The tide decides," Lind said.',
    'She asked for a word with. "Come back tomorrow," she said.',
  ]);
  expect(got.has('Come back tomorrow')).toBe(true);
});
