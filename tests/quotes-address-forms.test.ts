import { expect, it } from 'vitest';
import { fullNameForAddress } from '../src/quotes/address-forms.ts';
import { scanNameMentions } from '../src/quotes/name-mentions.ts';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'a', '2024-03-01');

it('reads "Sir Henry" as the knight named in full, not another of his surname', () => {
  const mentions = scanNameMentions(['Then came Alan Smith. Another Smith, the backbencher Sir Henry Smith, asked about the port.']);
  expect(fullNameForAddress('Sir Henry', mentions, 1)).toBe('Sir Henry Smith');
  expect(fullNameForAddress('Sir Alan', mentions, 1)).toBeNull();
  expect(fullNameForAddress('Henry Smith', mentions, 1)).toBeNull();
  const got = speakers([
    'The backbencher Alan Smith spoke first. "The harbour is safe," Mr Smith said.',
    'Another Smith, the backbencher Sir Henry Smith, asked about the port. "The harbour must not be sold," Sir Henry said.',
  ]);
  expect(got.get('The harbour must')).toBe('Sir Henry Smith');
});

it('reads a first name and patronymic as the person named in full with them', () => {
  const mentions = scanNameMentions(['The governor, Oleg Nikolayevich Petrenko, spoke on Thursday.']);
  expect(fullNameForAddress('Oleg Nikolayevich', mentions, 1)).toBe('Oleg Nikolayevich Petrenko');
  expect(fullNameForAddress('Oleg Ivanovich', mentions, 1)).toBeNull();
  const got = speakers([
    'The governor of the region, Oleg Nikolayevich Petrenko, said on Thursday that the port would grow.',
    '"We have the railway and the ports," Oleg Nikolayevich told journalists.',
  ]);
  expect(got.get('We have the')).toBe('Oleg Nikolayevich Petrenko');
});

// Neighbours call an older man by his patronymic alone; a translated report keeps that form after the full name.
it('reads a patronymic alone as the person named in full with it, unless someone bears it as a surname', () => {
  const mentions = scanNameMentions(['The ferryman, Arkady Timofeyevich Belkin, spoke on Thursday.']);
  expect(fullNameForAddress('Timofeyevich', mentions, 1)).toBe('Arkady Timofeyevich Belkin');
  expect(fullNameForAddress('Ivanovich', mentions, 1)).toBeNull();
  const surname = scanNameMentions(['The ferryman, Arkady Timofeyevich Belkin, met the skipper Olga Timofeyevich on Thursday.']);
  expect(fullNameForAddress('Timofeyevich', surname, 1)).toBeNull();
  const got = speakers([
    '"The ice came early this year," said Arkady Timofeyevich Belkin, 70, a retired ferryman.',
    'As we left the pier, Timofeyevich called after us: "Tell them the boats are still sound!"',
  ]);
  expect(got.get('Tell them the')).toBe('Arkady Timofeyevich Belkin');
});

it('reads "the Speaker" as the holder of the office the text named, not an organisation', () => {
  const got = speakers(['The Speaker, Sir Jane Roe, called for order. "The honourable gentleman will have his turn," the Speaker said.']);
  expect(got.get('The honourable gentleman')).toBe('Sir Jane Roe');
});

it('keeps a subject whose stance is negated, or fronted by "By ...", at hand for the pronoun after it', () => {
  const got = speakers([
    'The MP Jane Roe asked a question. The minister, Alan Poole, answered it.',
    'Ms Roe was not quite satisfied. "Warm words are not a policy," she replied.',
    'By the end, Mr Poole had agreed with every member. "The House is united," he concluded.',
  ]);
  expect(got.get('Warm words are')).toBe('Jane Roe');
  expect(got.get('The House is')).toBe('Alan Poole');
});

it('reads a vox pop\'s first name with an age as the person after it', () => {
  const got = speakers(['Olga, 54, sells smoked fish from a folding table. She did not see the train. "They closed the platform," she said.']);
  expect(got.get('They closed the')).toBe('Olga');
  // A word that is no first name, with a number after it, is no one.
  const none = speakers(['Harbour, 54, was the count on the day. "They closed the platform," she said.']);
  expect(none.get('They closed the')).toBeNull();
});

it('keeps the source of an opening "According to <name>," at hand for the pronoun after it', () => {
  const got = speakers(['The director spoke first. According to Jane Roe, the delegation asked about the fuel. "The questions were very professional," she said.']);
  expect(got.get('The questions were')).toBe('Jane Roe');
});
