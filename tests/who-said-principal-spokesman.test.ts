import { describe, expect, it } from 'vitest';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';
import { namesOnlyPrincipal } from '../src/quotes/who-said.ts';

// An article written for these tests, with an invented senator who speaks only through his spokesman.
const article = doc('dock-report', '2024-08-19', [
  'The harbour board voted to write to the state delegation about the new ferry tolls.',
  'A spokesman for Sen. Arvid Lonnqvist, R-Maine, said the senator had read the letter and "agrees with every line." "He has been warning about the tolls since the spring," the spokesman said.',
]);
const ask = whoSaidOver(article);

describe('who-said: a person is not the spokesman who speaks for him', () => {
  it('"senator lonnqvist" is not confirmed for his spokesman\'s words about him', () => {
    const a = ask('did senator lonnqvist say he has been warning about the tolls since the spring');
    expect(a.matches[0]).toMatchObject({ verdict: 'same', speakerMatches: false });
    expect(a.matches[0]!.speaker).toMatch(/spokesman/u);
  });
  it('the spokesman typed is still confirmed', () => {
    expect(ask('the spokesman said he has been warning about the tolls since the spring').matches[0]).toMatchObject({ speakerMatches: true });
  });
  it('namesOnlyPrincipal reads the typed words against the principal after "for"', () => {
    expect(namesOnlyPrincipal('senator lonnqvist', 'a spokesman for Sen. Arvid Lonnqvist')).toBe(true);
    expect(namesOnlyPrincipal('lonnqvist spokesman', 'a spokesman for Sen. Arvid Lonnqvist')).toBe(false);
    // (A body the spokesman speaks for is no titled person: its spokesman's words stay the body's.)
    expect(namesOnlyPrincipal('the harbour board', 'a spokesman for the Harbour Board')).toBe(false);
  });
});
