import { expect, it } from 'vitest';
import { findQuoteSpans } from '../src/quotes/attribution.ts';
import { grammarAttribution } from '../src/quotes/grammar.ts';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'c', '2024-04-01');

it('gives "the statement said" to whoever the text just said issued it, and to no one otherwise', () => {
  const got = speakers([
    '(U) The Estonian Ministry of Fisheries issued a statement on Monday describing the strike as "regrettable." The statement said the dockers had "broken every agreement" signed since May.',
    'Talks resumed on Wednesday.',
    'The trawler crews met on Thursday.',
    'A statement pinned to the gate was unsigned. The statement said the port was "open for business."',
  ]);
  expect(got.get('broken every agreement')).toMatch(/Ministry of Fisheries/u);
  // (An unsigned statement is no one's: no speaker called "the statement" either.)
  expect(got.get('open for business')).toBeNull();
});

it('reads "the congresswoman" as the representative named just before with "Rep."', () => {
  const got = speakers([
    'Rep. Dana Whitfield, whose district covers the port, was furious. In an interview on Tuesday, the congresswoman called the deal "a giveaway to the shipping lines."',
  ]);
  expect(got.get('a giveaway')).toBe('Dana Whitfield');
});

it('takes the name after "The researcher," even with where she works after it', () => {
  const text = 'The economist, Mirela Dascalu of the Institute for Baltic Studies, said the port would need "a decade at least" to recover.';
  expect(grammarAttribution(text, findQuoteSpans(text), 0, 0, text.length)?.phrase).toBe('Mirela Dascalu');
  expect(speakers([text]).get('a decade at least')).toBe('Mirela Dascalu');
});

it('tells a couple apart by the possessive and the relation, and reads "her husband" as him', () => {
  const got = speakers([
    'At the bakery on Mill Street, Irene Kowal and her husband, Piotr Kowal, have been answering questions all week.',
    '"Everyone thinks I know the minister," she said, laughing. "I met him once, at a wedding."',
    'Her husband was less amused. "It is bad for business," he said.',
  ]);
  expect(got.get('Everyone thinks')).toBe('Irene Kowal');
  expect(got.get('I met him once')).toBe('Irene Kowal');
  expect(got.get('It is bad')).toBe('Piotr Kowal');
});

it('credits no one with what someone would have called a thing', () => {
  const got = speakers([
    'My grandfather would have called the whole affair "a circus," and gone back to his garden.',
    'Ole Brandvik said he would have called it "a disgrace" had he been asked.',
  ]);
  expect(got.get('a circus')).toBeFalsy();
  expect(got.get('a disgrace')).toBe('Ole Brandvik');
});
