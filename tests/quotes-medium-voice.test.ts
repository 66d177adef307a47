import { expect, it } from 'vitest';
import { lastMediumBefore, mediumVoice } from '../src/quotes/medium-voice.ts';
import { speakersByStart } from './helpers/quotes.ts';

/** The speaker credited with the quote opening with each words given (undefined when no such quote). */
const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('reads a paper\'s voice as the paper', () => {
  expect(mediumVoice('its editorial')).toMatchObject({ type: 'description', head: 'paper', kind: 'organisation' });
  expect(mediumVoice('whose editors')).toMatchObject({ type: 'description', head: 'paper' });
  expect(mediumVoice("The Dover Times's editorial board")).toMatchObject({ type: 'name', name: 'The Dover Times', kind: 'organisation' });
  expect(mediumVoice('its spokesman')).toBeNull();
  expect(lastMediumBefore('The Dover Times and the Leeds Herald disagreed. Then', 47, new Set())).toBe('Leeds Herald');
});

it('credits "its editorial", "the paper" and "whose editors" to the paper the text named last', () => {
  const got = speakers([
    'The Dover Times was furious. "The harbour has been betrayed," its editorial said. The paper urged Mayor Ann Kerr to "stand firm", a call mocked by the Kent Herald, whose editors wrote that the strike was "a fairy tale".',
  ]);
  expect(got.get('The harbour has')).toMatch(/Dover Times/u);
  expect(got.get('stand firm')).toMatch(/Dover Times/u);
  expect(got.get('a fairy tale')).toMatch(/Kent Herald/u);
});

it('never gives one paper\'s words to another paper met earlier', () => {
  const got = speakers([
    'The Dover Times was furious. "The harbour has been betrayed," the paper said.',
    "The Kent Herald's editorial board was calmer. It called the strike \"a passing storm\". \"Ports recover,\" the board wrote.",
  ]);
  expect(got.get('The harbour has')).toMatch(/Dover Times/u);
  expect(got.get('a passing storm')).toMatch(/Kent Herald/u);
  expect(got.get('Ports recover')).toMatch(/Kent Herald/u);
});

it('leaves a paper\'s voice unattributed when no paper is named, never a speaker called "its editorial"', () => {
  const got = speakers(['The strike went on. "Enough," its editorial said.']);
  expect(got.get('Enough')).toBeNull();
});

it('reads "an editorial in the paper" as the paper named before, and "an editorial in <name>" as that paper', () => {
  const got = speakers([
    'The Harwich Mercury, the town\'s oldest weekly, gave the ferry strike its front page. An editorial in the paper said the strike had become "a test of the whole port."',
    'An editorial in the Colchester Clarion called the dispute "a family quarrel with a timetable."',
  ]);
  // (The paper's name as the sentence gives it, with or without its article: the one body either way.)
  expect(got.get('a test of')).toMatch(/^(?:the )?Harwich Mercury$/u);
  expect(got.get('a family quarrel')).toBe('the Colchester Clarion');
  expect(mediumVoice('an editorial in the paper')).toMatchObject({ type: 'description', text: 'the paper' });
  expect(mediumVoice('a column in the paper')).toBeNull();
});
