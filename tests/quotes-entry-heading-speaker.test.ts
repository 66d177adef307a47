import { expect, it } from 'vitest';
import { entryHeadingName } from '../src/quotes/newest-first-entries.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Live blogs written for these tests, with invented people and places. Told newest first, an entry's heading may
// name its speaker ("13:50 BST – Selten: port stays shut") and its body credit the words to "he" alone: the
// heading's name is whom the pronoun means, not the entry's own byline, nor anyone the entry above names.

const blog = (body: string[]): string[] => [
  '**14:30 BST – Fishermen protest in Tarnow**',
  'Our Tarnow correspondent Nell Hardy reports:',
  'A fisherman, Bram Oster, showed us his empty nets. "Nothing since Monday," he said.',
  ...body,
  '**12:10 BST – Welcome**',
  'The port of Tarnow is closed for a third day.',
];

it('gives an entry\'s "he said" to the speaker its heading names, past the entry\'s byline', () => {
  const got = speakersByQuote(blog([
    '**13:50 BST – Selten: no reopening this week**',
    '*By Nell Hardy*',
    'The port will stay closed, he told the local radio. "There are no plans to reopen before Monday," he said.',
  ]));
  expect(got.get('There are no plans to reopen before Monday')).toBe('Selten');
  expect(got.get('Nothing since Monday')).toBe('Bram Oster');
});

it('leaves the pronoun to no one when the heading\'s name is of the other sex, or the entry names another of its sex', () => {
  const other = speakersByQuote(blog([
    '**13:50 BST – Ivo Selten: no reopening this week**',
    'The harbour office spoke to the local radio. "There are no plans to reopen before Monday," she said.',
  ]));
  expect(other.get('There are no plans to reopen before Monday')).toBeNull();
  const rival = speakersByQuote(blog([
    '**13:50 BST – Selten: no reopening this week**',
    'The harbour pilot, Karl Brem, spoke to the local radio. "There are no plans to reopen before Monday," he said.',
  ]));
  expect(rival.get('There are no plans to reopen before Monday')).not.toBe('Selten');
});

it('reads a heading\'s speaker only from "TIME – NAME: ..."', () => {
  expect(entryHeadingName('**13:50 BST – Selten: no reopening this week**')).toBe('Selten');
  expect(entryHeadingName('13:50 BST – Ivo Selten: no reopening')).toBe('Ivo Selten');
  expect(entryHeadingName('**13:50 BST – Port stays shut**')).toBeNull();
  // (A heading's common word before its colon is no speaker.)
  expect(entryHeadingName('**16:20 BST – Summary: what we know so far**')).toBeNull();
  expect(entryHeadingName('**16:20 BST – Update: ferries cancelled**')).toBeNull();
  expect(entryHeadingName('The port: closed.')).toBeNull();
});
