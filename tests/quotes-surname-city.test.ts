import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote's opening words and the speaker credited with it, with the speaker's kind. */
function speakers(paras: string[]): Map<string, string> {
  const { quotes, speakers: all } = extractQuotes(passagesOf(doc('p', '2024-03-01', paras)));
  const kind = new Map(all.map((s) => [s.id, s.kind]));
  return new Map(quotes.map((q) => [q.quote.split(/\s+/u).slice(0, 3).join(' '), `${q.speaker ?? '-'} (${q.speakerId ? kind.get(q.speakerId) : '-'})`]));
}

it('reads a bare surname that is also a city as the person the text named with it', () => {
  const got = speakers([
    'The council leader, Councillor Grace Dallas, opened the meeting on the new tram line.',
    '"We cannot wait another decade for this," Dallas said.',
  ]);
  expect(got.get('We cannot wait')).toBe('Grace Dallas (person)');
});

it('keeps a city speaking for itself when no one of that name was named before', () => {
  const got = speakers(['The mayors met in Texas on Monday.', 'Dallas said the new route was "not negotiable".']);
  expect(got.get('not negotiable')).not.toMatch(/\(person\)/u);
});

it('keeps a government seat and a country speaking for their state', () => {
  const got = speakers([
    'Professor Anna London, who teaches at Leeds, chaired the panel on trade.',
    'London said it would "review the tariffs" next year.',
  ]);
  expect(got.get('review the tariffs')).not.toBe('Anna London (person)');
});
