import { expect, it } from 'vitest';
import { forOpinionSpeaker } from '../src/quotes/for-opinion.ts';
import { placedFirstName } from '../src/quotes/placed-first-name.ts';
import { toastSpeaker } from '../src/quotes/toast-credit.ts';
import { describedCreditAfter } from '../src/quotes/described-credit-after.ts';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2025-05-01');

it('gives "she says" to a wife brought in by her first name alone, and "he says" after a woman\'s quotes to the man', () => {
  const got = speakers([
    'Arvid Kessler keeps his old charts in a drawer in Bergen. "I sailed every one of these routes," he says.',
    'Kessler, 81, spent thirty years at sea. His wife, Ingrid, a retired nurse, went with him on many voyages.',
    '"Arvid never once got seasick," she says. "I did, every time."',
    '"The Biscay was the worst," Kessler says.',
    'His old first mate, Sofia Brandt, now a harbour pilot in Stavanger, remembers it differently. "He was sick in the Biscay," she said.',
    'He grins when he hears this. "Sofia exaggerates," he says. "Only once."',
  ]);
  expect(got.get('Arvid never once')).toBe('Ingrid');
  expect(got.get('I did, every')).toBe('Ingrid');
  expect(got.get('He was sick')).toBe('Sofia Brandt');
  expect(got.get('Sofia exaggerates')).toBe('Arvid Kessler');
  expect(got.get('Only once.')).toBe('Arvid Kessler');
});

it('keeps a bare surname for the man when his wife, first brought in by first name, is later named in full', () => {
  const got = speakers([
    'Senator Tomas Brandvold toured the mill on Monday. His wife, Helga, joined him in the afternoon.',
    '"We will keep this mill open," Brandvold said.',
    'Later, Helga Brandvold said the visit had been long planned.',
    '"Nobody is closing anything," Brandvold told workers.',
  ]);
  expect(got.get('We will keep')).toBe('Tomas Brandvold');
});

it('reads a reader or caller named by first name and town after a description', () => {
  const got = speakers([
    'We asked readers about the new bridge. Sanne from Delft wrote: "It took them long enough."',
    'Another reader, Pieter in Zwolle, asked: "Who pays for the upkeep?"',
    'One caller, Ahmed from Leicester, said: "The tolls are too high."',
  ]);
  expect(got.get('Who pays for')).toBe('Pieter');
  expect(got.get('The tolls are')).toBe('Ahmed');
  expect(placedFirstName('Another firm, Acme in Leeds, said: ', 0, 'Another firm')).toBeNull();
});

it('reads "For <person>, X is "..."" as that person\'s view, and nobody else\'s', () => {
  expect(forOpinionSpeaker('For the Dutch economist Marieke Bos, of the Leiden Institute, the reform is above all ')).toEqual({ name: 'Marieke Bos', role: 'the Dutch economist' });
  expect(forOpinionSpeaker('For Marieke Bos, the reform was ')?.name).toBe('Marieke Bos');
  expect(forOpinionSpeaker('For Estonia, the plan is ')).toBeNull();
  expect(forOpinionSpeaker('For the first time, the plan is ')).toBeNull();
  expect(forOpinionSpeaker('For New York City, the plan is ')).toBeNull();
  expect(forOpinionSpeaker('For Marieke Bos, the minister said it was ')).toBeNull();
});

it('follows an analyst through "For X, ...", "the researcher estimated" and "summarised <Korean name>"', () => {
  const got = speakers([
    'Prime Minister Lee Jae-sung opened the bridge on Friday. «We keep our promises», he said.',
    'For the Dutch economist Marieke Bos, of the Leiden Institute, the bridge is above all «a costly gesture». «The traffic will never pay for it», the researcher estimated.',
    '«Seoul pays now, the provinces later», summarised Park Ji-won, a transport analyst in Busan.',
  ]);
  expect(got.get('a costly gesture')).toBe('Marieke Bos');
  expect(got.get('The traffic will')).toBe('Marieke Bos');
  expect(got.get('Seoul pays now,')).toBe('Park Ji-won');
  expect(describedCreditAfter(', the report estimated.', ',')).toBeNull();
  expect(describedCreditAfter(' the pilot wondered.', '?')).toBe('the pilot');
});

it('does not tie "the researcher" to an analyst quoted paragraphs before', () => {
  const got = speakers([
    'For the Dutch economist Marieke Bos, the bridge is above all «a costly gesture».',
    'The bridge opened on Friday after six years of work.',
    'Traffic was light on the first morning.',
    '«The traffic will never pay for it», the researcher estimated.',
  ]);
  expect(got.get('The traffic will')).not.toBe('Marieke Bos');
});

it('reads "the <people> diplomacy" as the foreign ministry speaking, in translations from French', () => {
  const got = speakers(['The Italian diplomacy called on both sides to «show restraint».']);
  expect(got.get('show restraint')).toBe('the Italian diplomacy');
});

it('gives "what he called" to an unnamed representative opening the sentence, and his next "He said:"', () => {
  const got = speakers([
    'The Council met today to discuss the border dispute.',
    'The representative of Chile rejected what he called "alarmism" over talks that were "routine and open". He said: "Our neighbours have nothing to fear."',
  ]);
  expect(got.get('alarmism')).toBe('the representative of Chile');
  expect(got.get('routine and open')).toBe('the representative of Chile');
  expect(got.get('Our neighbours have')).toBe('the representative of Chile');
});

it('gives a toast to the one who raised it', () => {
  expect(toastSpeaker('At the banquet, Mayor Jane Roe raised a toast to ')).toBe('Mayor Jane Roe');
  expect(toastSpeaker('Later, Boris Lind toasted ')).toBe('Boris Lind');
  const got = speakers(['Tomas Brandvold met the visitors at the harbour. At dinner, per local papers, Brandvold raised a toast to "the friendship of our ports".']);
  expect(got.get('the friendship of')).toBe('Tomas Brandvold');
});

it('does not carry a quote on to the one before when that one\'s sentence hands over ("..., and her husband cut in.")', () => {
  const got = speakers([
    'Greta Lund and her husband, Nils, knocked on doors all afternoon.',
    '"Tell her we came all the way from Oslo," Lund said, and her husband cut in. "Don\'t forget the husband who drove."',
    '"We will vote early," Lund said. "Both of us."',
  ]);
  expect(got.get('Tell her we')).toBe('Greta Lund');
  expect(got.get("Don't forget the")).not.toBe('Greta Lund');
  expect(got.get('Both of us.')).toBe('Greta Lund');
});
