import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { withoutPersonComplement } from '../src/quotes/person-complement.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented people, yard and clinic.
function speakerOf(paragraphs: string[], words: string): string | null {
  const q = extractQuotes(passagesOf(doc('t', '2024-05-02', paragraphs))).quotes.find((x) => x.quote.includes(words));
  return q?.speaker ?? null;
}

it('does not give "the welder" to one set off as the father of a welder', () => {
  const text = ['Tavo Rennick, the father of a welder at the Ostby yard, spoke at the meeting.', '"The yard is our life," the welder said.'];
  expect(speakerOf(text, 'The yard is our life')).not.toBe('Tavo Rennick');
});

it('does not give "the welder" to one set off, after a stated age, as the friend of a welder', () => {
  const text = ['Tavo Rennick, 46, a friend of a welder at the Ostby yard, spoke at the meeting.', '"The yard is our life," the welder said.'];
  expect(speakerOf(text, 'The yard is our life')).not.toBe('Tavo Rennick');
});

it('does not give "the nurse" to one set off as the husband of a nurse', () => {
  const text = ['Tavo Rennick, 51, the husband of a nurse at the Ostby clinic, spoke at the meeting.', '"The clinic is our life," the nurse said.'];
  expect(speakerOf(text, 'The clinic is our life')).not.toBe('Tavo Rennick');
});

it('still gives "the welder" to one set off as a welder', () => {
  const text = ['Tavo Rennick, 46, a welder at the Ostby yard, spoke at the meeting.', '"The yard is our life," the welder said.'];
  expect(speakerOf(text, 'The yard is our life')).toBe('Tavo Rennick');
});

it('takes a complement naming a person out of a role, and leaves a bare one', () => {
  const person = (w: string): boolean => w === 'welder' || w === 'mayor';
  const one = (w: string): string => w.replace(/s$/u, '');
  expect(withoutPersonComplement('the father of a welder at the yard', person, one)).not.toMatch(/welder/u);
  expect(withoutPersonComplement('an aide to the mayor', person, one)).not.toMatch(/mayor/u);
  expect(withoutPersonComplement('a professor of welders', person, one)).toBe('a professor of welders');
});
