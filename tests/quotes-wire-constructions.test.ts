import { expect, it } from 'vitest';
import { parseSubjectPhrase } from '../src/quotes/speaker-phrases.ts';
import { reportedAnswerer } from '../src/quotes/reported-answer.ts';
import { quotedByCredit } from '../src/quotes/quoting-credit.ts';
import { generationEpithet, personOfGeneration } from '../src/quotes/generation-epithet.ts';
import { speakersByStart } from './helpers/quotes.ts';

/** The speaker credited with the quote opening with each words given (undefined when no such quote). */
const speakers = (paras: string[]) => speakersByStart(paras, 'w', '2024-03-01');

it('reads "the speaker for <country>" as an unnamed speaker, not the country nor the delegate before', () => {
  expect(parseSubjectPhrase('The speaker for Brazil')).toMatchObject({ type: 'description', text: 'the speaker for Brazil', kind: 'unnamed' });
  const got = speakers([
    'Foreign Minister Hana Lindqvist opened the session in Geneva. "We will not accept any delay," Lindqvist said.',
    'The speaker for Portugal noted that the rules "bind every signatory, large or small".',
  ]);
  expect(got.get('bind every')).toBe('the speaker for Portugal');
});

it('reads a delegate\'s surname in capitals after a courtesy title, as meeting records write it', () => {
  const got = speakers(['ANDRE DUVAL (France) spoke first. Mr. DUVAL, also taking the floor again, said the Canadian representative "reads only the headlines".']);
  expect(got.get('reads only')).toBe('Andre Duval');
});

it('gives a name followed by where the person works to a later "she said"', () => {
  expect(parseSubjectPhrase('Oil analyst Priya Raman of Delta Research')).toMatchObject({ type: 'name', name: 'Priya Raman' });
  expect(speakers(['Oil analyst Priya Raman of Delta Research said the deal was about hardware. "Russia is paying in technology, not cash," she said.']).get('Russia is')).toBe('Priya Raman');
  const got = speakers(['A second analyst, Jae-won Choi of the Asia Forum in Seoul, agreed. The doctored photo, he told the Herald, "was made in a hurry by someone with no training".']);
  expect(got.get('was made')).toBe('Jae-won Choi');
});

it('credits the one a reporter reports answering, past a participle set off by commas', () => {
  expect(reportedAnswerer('He reported that Putin, asked by reporters whether he would help, answered: ')).toBe('Putin');
  expect(reportedAnswerer('She wrote that Meloni replied: ')).toBe('Meloni');
  // The inner verb must take the quote itself: "said the plan was" reports no answer.
  expect(reportedAnswerer('She wrote that Meloni said the plan was ')).toBeNull();
  const got = speakers([
    'Reporter Lisa Brandt travelled with the premier\'s delegation. She reported that Meloni, asked by reporters whether she would resign, answered: "Not in this life."',
    'Moscow correspondent Anna Petrova met the president. Petrova reported that Lukashenko answered: "Of course we will go."',
  ]);
  expect(got.get('Not in this')).toBe('Meloni');
  expect(got.get('Of course')).toBe('Lukashenko');
});

it('credits the one a statement quotes, not the statement', () => {
  expect(quotedByCredit(', the statement said, quoting Kim.')).toBe('Kim');
  expect(quotedByCredit(', the agency reported, quoting Deputy Minister Tran Van Binh.')).toBe('Deputy Minister Tran Van Binh');
  const got = speakers([
    'North Korean leader Kim Jong Un inspected a factory. "Production must double by spring," the statement said, quoting Kim.',
    'Officials met in Hanoi. "The talks were frank," the agency reported, quoting an unnamed official.',
  ]);
  expect(got.get('Production must')).toBe('Kim Jong Un');
  // One the statement does not name: the carrier stays the source.
  expect(got.get('The talks were')).toBe('the agency');
});

it('tells "the younger" from "the elder" of one surname by stated ages or kinship, or leaves them unattributed', () => {
  expect(generationEpithet('the younger Hartwell')).toEqual({ surname: 'Hartwell', older: false });
  expect(generationEpithet('Lang senior')).toEqual({ surname: 'Lang', older: true });
  expect(generationEpithet('the young Hartwell')).toBeNull();
  expect(personOfGeneration('Peter Lang, 58, and his brother Stefan Lang, 52, run it.', ['Peter Lang', 'Stefan Lang'], false)).toBe('Stefan Lang');
  expect(personOfGeneration('Peter Lang and Stefan Lang run it.', ['Peter Lang', 'Stefan Lang'], false)).toBeNull();
  const got = speakers([
    'Owen Hartwell, 72, still rises at dawn. "The soil remembers everything," he said.',
    'His son Daniel Hartwell runs the dairy now. "Dad won\'t retire," the younger Hartwell said with a grin.',
    'The elder Hartwell shrugged. "Retire to what?" he said.',
    'The elder Hartwell, for his part, went back to the barn. "Cows do not wait," he said.',
  ]);
  expect(got.get('Cows do')).toBe('Owen Hartwell');
  expect(got.get('Dad won')).toBe('Daniel Hartwell');
  expect(got.get('Retire to')).toBe('Owen Hartwell');
  // One person of the surname, or nothing to tell two apart: no guess.
  expect(speakers(['Marta Kovac, 45, runs the bakery. "Bread is politics here," Kovac said.', '"We bake at four," the younger Kovac said.']).get('We bake')).toBeNull();
  expect(speakers(['Peter Lang and Stefan Lang run the firm.', '"We never argue about money," the younger Lang said.']).get('We never')).toBeNull();
});

it('credits a pull-quote line to the one the story below credits with the same words, when its label fits', () => {
  const got = speakers([
    '### 11:20 - Economist: "The sanctions are not working"',
    'Markets fell on Tuesday. Economist Mark Hood of Bay Capital was blunt. "The sanctions are not working, and everyone knows it," Hood said.',
  ]);
  expect(got.get('The sanctions are not working')).toBe('Mark Hood');
  // A label the speaker does not fit: no credit.
  const other = speakers([
    'Minister: "The sanctions are not working"',
    'Markets fell on Tuesday. Economist Mark Hood of Bay Capital was blunt. "The sanctions are not working, and everyone knows it," Hood said.',
  ]);
  expect(other.get('The sanctions are not working')).toBeNull();
  expect(other.get('The sanctions are not working,')).toBe('Mark Hood');
});

it('joins "the South Korean" to the one speaker the text described as South Korean, never a named person of another people', () => {
  expect(speakers(['Russian Foreign Minister Sergei Lavrov arrived on Monday. A senior South Korean diplomat watched.', '"Patience is our national habit," the South Korean said.']).get('Patience')).toBe('a senior South Korean diplomat');
  // Two described so: the text does not say which.
  const two = speakers(['A South Korean diplomat and a South Korean general watched the talks.', '"Patience is our national habit," the South Korean said.']).get('Patience');
  expect(two).not.toBe('a South Korean diplomat');
  expect(two).not.toBe('a South Korean general');
});
