import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { mediumNames } from '../src/quotes/medium-names.ts';
import { classifyProperName } from '../src/quotes/names.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote's opening words and the kind of speaker credited with it. */
function kinds(paras: string[]): Map<string, string | null> {
  const { quotes, speakers } = extractQuotes(passagesOf(doc('p', '2024-02-01', paras)));
  const byId = new Map(speakers.map((s) => [s.id, s]));
  return new Map(quotes.map((q) => [q.quote.split(/\s+/u).slice(0, 3).join(' '), q.speakerId ? `${q.speaker} (${byId.get(q.speakerId)?.kind})` : null]));
}

it('reads the names a text describes as a news medium', () => {
  expect(mediumNames(['Dagens Tidning, the city\'s oldest daily, led with the strike.'])).toContain('dagenstidning');
  expect(mediumNames(['The strike filled the front page of the conservative tabloid Morgon Ekot.'])).toContain('morgonekot');
  expect(mediumNames(['Writing in Le Quotidien, the economist Ana Ruiz disagreed.'])).toContain('lequotidien');
  expect(mediumNames(["Norra Posten's editorial board was blunter."])).toContain('norraposten');
  // A person who writes for a paper is not the paper; a paper's owner is not one.
  expect(mediumNames(['Jane Holm, a columnist for the daily, disagreed.'])).not.toContain('janeholm');
  expect(mediumNames(["Jane Holm, the paper's owner, disagreed."])).not.toContain('janeholm');
  expect(mediumNames(['Jane Holm, a former newspaper editor, disagreed.'])).not.toContain('janeholm');
});

it('credits a paper the text calls a daily as an organisation, not a person', () => {
  const got = kinds([
    'Dagens Tidning, the capital\'s oldest daily, called the strike "a national embarrassment".',
    'Jane Holm, a columnist for the daily, called it "long overdue".',
  ]);
  expect(got.get('a national embarrassment')).toBe('Dagens Tidning (organisation)');
  expect(got.get('long overdue')).toBe('Jane Holm (person)');
});

it('takes a name ending in a foreign word for newspaper as an organisation', () => {
  expect(classifyProperName('Hokkai Nippo')).toBe('organisation');
  expect(classifyProperName('Westfalen Zeitung')).toBe('organisation');
  expect(classifyProperName('Jane Holm')).toBe('person');
});

it('takes a subject the text calls "it" in its own clause as a body, never a person', () => {
  expect(mediumNames(["The port city's pro-business Solvang Weekly hailed what it called \"a fresh start\" for the harbour."])).toContain('solvangweekly');
  expect(mediumNames(['The Brenner Evening praised the plan. Its rival, the Kessel Morning, said in its own editorial that the council should "think again."'])).toContain('kesselmorning');
  // A name after a preposition, a possessor or a writer in the paper's pages is no such subject.
  expect(mediumNames(['The ministry under Jane Roe rejected what it called "lies".'])).toEqual(new Set());
  expect(mediumNames(["Roe's office criticised what it called \"lies\"."])).toEqual(new Set());
  expect(mediumNames(['The board, chaired by Jane Roe, said in its editorial that it would act.'])).toEqual(new Set());
  expect(mediumNames(['Marta Lind wrote in its editorial pages that the plan failed.'])).toEqual(new Set());
  const got = kinds([
    'The Brenner Evening praised the plan. Its rival, the Kessel Morning, said in its own editorial that the council should "think again."',
    'The port city\'s pro-business Solvang Weekly hailed what it called "a fresh start" for the harbour.',
  ]);
  expect(got.get('think again.')).toBe('Kessel Morning (organisation)');
  expect(got.get('a fresh start')).toBe('Solvang Weekly (organisation)');
});

it('reads "the conservative NAME" as a body described when the name is a body\'s, and a person\'s role otherwise', () => {
  expect(parseSpeakerPhrase('the conservative Brenner Daily')).toEqual({ type: 'name', name: 'Brenner Daily', role: null, kind: 'organisation' });
  expect(parseSpeakerPhrase('the liberal Tessaly Times')).toEqual({ type: 'name', name: 'Tessaly Times', role: null, kind: 'organisation' });
  expect(parseSpeakerPhrase('the conservative Jane Roe')).toMatchObject({ name: 'Jane Roe', kind: 'person' });
  const got = kinds(['In Lisbon, the conservative Brenner Daily warned in an editorial that the plan had "gone too far." The paper urged caution.']);
  expect(got.get('gone too far.')).toBe('Brenner Daily (organisation)');
});

it('credits "An editorial said" and its "and criticised what it called" to the paper named just before', () => {
  const got = kinds([
    "Norland's Tessaly Herald, which often reflects official thinking, was the most restrained. An editorial said the two towns' ties were \"a private matter\" and criticised what it called \"the noise of foreign media.\"",
    'Jane Roe spoke first. An editorial said the plan was "a trap."',
  ]);
  expect(got.get('a private matter')).toBe('Tessaly Herald (organisation)');
  expect(got.get('the noise of')).toBe('Tessaly Herald (organisation)');
  // With no paper named at hand, an editorial is nobody's.
  expect(got.get('a trap.')).toBeNull();
});
