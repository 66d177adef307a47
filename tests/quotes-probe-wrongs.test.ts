import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote's opening words and the speaker credited with it, with the speaker's kind. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes, speakers: all } = extractQuotes(passagesOf(doc('p', '2025-05-01', paras)));
  const kind = new Map(all.map((s) => [s.id, s.kind]));
  return new Map(quotes.map((q) => [q.quote.split(/\s+/u).slice(0, 3).join(' '), q.speaker && `${q.speaker} (${kind.get(q.speakerId!)})`]));
}

it('gives words after "A trader in <place>, who ..., said" to the one described, not the place', () => {
  const got = speakers([
    'Grain prices fell for a third day on Monday.',
    'A broker in Tallinn, who asked not to be named because he was not allowed to speak to the press, said the fall was "the steepest since the harvest of 2019."',
  ]);
  expect(got.get('the steepest since')).not.toMatch(/^Tallinn/u);
});

it('reads a firm named by a word of trade as a body, not a person', () => {
  const got = speakers([
    'Analysts at Wren Partners wrote in a note to clients that the merger was "the least risky deal of the year."',
    'Osprey Line said it would "look again at every route" after the strike.',
  ]);
  expect(got.get('the least risky')).toBe('Wren Partners (organisation)');
  expect(got.get('look again at')).toBe('Osprey Line (organisation)');
});

it('gives a label the inner subject gave straight to its object to that subject ("X said Y had called the plan "..."")', () => {
  const got = speakers([
    'The finance committee met on Tuesday to discuss the harbour budget.',
    'The committee chair, Maren Voss, said Treasurer Jorun Hald had called the budget "balanced to the last crown." "It is not balanced at all," Voss said.',
  ]);
  expect(got.get('balanced to the')).toMatch(/Jorun Hald \(person\)$/u);
  expect(got.get('It is not')).toBe('Maren Voss (person)');
});

it('does not carry the speaker of the paragraph before to words "a man at the back" shouted', () => {
  const got = speakers([
    'Mayor Henrik Dal promised a new pool at the town meeting. "You will swim in it next summer," he said.',
    '"We heard that last summer," a man at the back shouted.',
  ]);
  expect(got.get('You will swim')).toBe('Henrik Dal (person)');
  expect(got.get('We heard that')).not.toBe('Henrik Dal (person)');
});

it('gives words told straight to the hearer to the teller ("X said Y had told him "...""), not to the one reporting', () => {
  const got = speakers([
    'The dock workers met the port authority on Monday.',
    'The union leader, Kari Moe, said Director Nils Hagen had told her "the cranes will stay until 2030."',
    'Moe said Hagen had warned her: "Do not promise the men anything."',
  ]);
  expect(got.get('the cranes will')).toMatch(/Nils Hagen \(person\)$/u);
  expect(got.get('Do not promise')).toMatch(/Hagen \(person\)$/u);
});

it('gives a label "described as "..." by NAME" to the one who described it', () => {
  const got = speakers(['The new ferry timetable was described as "a decade too late" by Mona Aas, who chairs the island council.']);
  expect(got.get('a decade too')).toBe('Mona Aas (person)');
});

it('gives "the filing said" to the one the text just named as writing in the filing, and leaves an unwritten one undescribed', () => {
  const got = speakers([
    'Prosecutors charged a customs broker, Arne Vik, in March.',
    'In a motion filed on Friday, defence lawyer Siri Holt wrote that the search had been "unlawful from the start."',
    '"The warrant named the wrong warehouse," the motion said.',
  ]);
  expect(got.get('The warrant named')).toMatch(/Siri Holt \(person\)$/u);
  const other = speakers(['Prosecutors charged a customs broker, Arne Vik, in March.', '"The warrant named the wrong warehouse," the motion said.']);
  expect(other.get('The warrant named') ?? '').not.toMatch(/Vik/u);
});

it('gives a quote standing alone to the "she says" that closes the sentence of reported speech before it', () => {
  const got = speakers([
    'A retired nurse, Ragnhild Berg, waits at the ferry every Tuesday.',
    'Berg has seen three ferries come and go, she says. "Each one was slower than the last."',
  ]);
  expect(got.get('Each one was')).toBe('Ragnhild Berg (person)');
});
