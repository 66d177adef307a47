import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests; the people and places are invented.

it('a Westminster tag with its seat after a name set off by commas is no close of the words set off', () => {
  const text = ['The shadow transport minister, Aled Morcombe (Lab, Cardiff Riverside), said the timetable had been "a fantasy from the start".'];
  expect(speakerOf(text, 'a fantasy from the start')).toBe('Aled Morcombe');
});

it('a seat of several words with "and" after a titled name, then a role set off, then the verb', () => {
  const text = ['Dame Helena Brisk (Con, Upper Tamworth and Lye), a former minister, rose to warn that the budget was "far too small".'];
  // (A dame's title stays with the name shown, as "Sir" and "Lord" do: `quotes-name-reading.test.ts`.)
  expect(speakerOf(text, 'far too small')).toBe('Dame Helena Brisk');
});

it('a party tag with a state after a comma reads as the tag', () => {
  const text = ['Rep. Dana Whitcombe (D., Ore.), who chairs the panel, said the plan was "not serious".'];
  expect(speakerOf(text, 'not serious')).toBe('Dana Whitcombe');
});

const siblings = [
  'Lena Odum watched the launch from her kitchen in Tralee.',
  'She moved to Ireland in 2010 with her younger brother, Odum Kesi.',
  '"I saw the rocket before I heard it," she says.',
  'Her brother, now a plumber in Cork, watched the same pictures with less patience. "It is a very expensive firework," he said. "Somebody else pays for it."',
];

it('"Her brother, ..., watched. "...," he said." is the brother the text named from her side', () => {
  expect(speakerOf(siblings, 'a very expensive firework')).toBe('Odum Kesi');
  expect(speakerOf(siblings, 'Somebody else pays')).toBe('Odum Kesi');
  expect(speakerOf(siblings, 'I saw the rocket')).toBe('Lena Odum');
});

it('a brother the text never named stays no one', () => {
  const text = ['Lena Odum watched the launch from her kitchen in Tralee.', '"I saw the rocket before I heard it," she says.', 'Her brother, now a plumber in Cork, was less patient. "It is a very expensive firework," he said.'];
  expect(speakerOf(text, 'a very expensive firework')).toBeNull();
});

it('a surname a sister and a brother bear, alone as a subject, keeps a later "she" from an earlier woman', () => {
  const text = [
    'Mara Quill watched the pictures at home in Leith.',
    'She came to Scotland with her younger brother, Tobias Quill.',
    '"It looked like a wedding," she says.',
    'Her brother, now a welder in Dundee, was less patient. "It looked like a bill," he said.',
    '"The food will not reach the villages," said Irene Castell, a historian at a university in Glasgow.',
    'Quill is not interested in food. Asked what she would tell the men on the screen, she laughed. "Go home," she said.',
  ];
  expect(speakerOf(text, 'It looked like a bill')).toBe('Tobias Quill');
  expect(speakerOf(text, 'Go home')).not.toBe('Irene Castell');
});

it('a surname two spouses bear after "Mrs." is the wife: a "he" past it may still be the man quoted before', () => {
  const text = [
    'Bruno Falk and Mara Falk ran the hotel together for years.',
    '"We never argued about money," Mr. Calloway said of the visit.',
    'But Mrs. Falk, who was busy at the desk, was not as warm. When she looked up at Mr. Calloway, her smile faded, he said. "It was a cold welcome," he said.',
  ];
  expect(speakerOf(text, 'It was a cold welcome')).toBe('Calloway');
});

it('a participle of speech right after an "according to" aside hangs on the main clause: its subject speaks', () => {
  expect(speakerOf(['Ana Roe thanked the crew at the quay, according to the port authority, saying they had been "tireless" all week.'], 'tireless')).toBe('Ana Roe');
  // (A subject that cannot speak leaves the words to the source, as before.)
  expect(speakerOf(['The meeting ended early, according to the port authority, citing "security concerns".'], 'security concerns')).toBe('the port authority');
});

it('a name after a preposition closing the subject\'s noun is its object: "the wife of NAME said" is not NAME', () => {
  expect(speakerOf(['"Nobody told us," the wife of Tom Pell said.'], 'Nobody told us')).not.toBe('Tom Pell');
  expect(speakerOf(['"The ferry is late," a letter to Alan Crane said.'], 'The ferry is late')).toBeNull();
  // ("from" and "by" name the writer: a note from Ida Lund is hers.)
  expect(speakerOf(['"It is closed," a note from Ida Lund said.'], 'It is closed')).toBe('Ida Lund');
});

it('the role split itself declines a name after a noun and a preposition: the noun is who speaks', async () => {
  const { parseSpeakerPhrase, parseSubjectPhrase } = await import('../src/quotes/speaker-phrases.ts');
  // (Lowercase, the phrase reads as the described one, as "the widow of NAME" does; never as Tom Pell.)
  expect(parseSpeakerPhrase('the wife of Tom Pell')).toMatchObject({ type: 'description', head: 'wife' });
  expect(parseSubjectPhrase('a letter to Alan Crane')).toBeNull();
  // (Capitalised as a heading, no body's name and no one's: "The Wife Of Tom Pell".)
  expect(parseSpeakerPhrase('The Wife Of Tom Pell')).toBeNull();
  expect(parseSubjectPhrase('a note from Ida Lund')).toMatchObject({ type: 'name', name: 'Ida Lund' });
});
