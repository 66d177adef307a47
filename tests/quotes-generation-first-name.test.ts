import { expect, it } from 'vitest';
import { personOfGeneration } from '../src/quotes/generation-epithet.ts';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'a', '2024-03-01');

const STALL = [
  'Marek Nowak, 64, who has sold bread from a corner stall on Long Street since 1990, remembered the last strike. "They shut every gate that week as well," he said.',
  'His son Tomek, who works the counter on Saturdays, was more hopeful. "If the port opens, our trade will pick up first," Tomek Nowak said.',
];

it('tells "the older Nowak" from "His son Tomek" given by his first name alone', () => {
  expect(speakers([...STALL, '"He trusts whatever the radio says," the older Nowak said.']).get('He trusts whatever')).toBe('Marek Nowak');
  expect(speakers([...STALL, 'The older Nowak narrowed his eyes. "He trusts whatever the radio says," he said.']).get('He trusts whatever')).toBe('Marek Nowak');
  expect(personOfGeneration('Marek Nowak runs the stall. His son Tomek helps. Tomek Nowak said so.', ['Marek Nowak', 'Tomek Nowak'], false)).toBe('Tomek Nowak');
});

it('leaves the epithet open when the first name is both men\'s, or names neither', () => {
  expect(personOfGeneration('Tomek Nowak runs the stall. His son Tomek helps. Tomek Nowak Jr. said so.', ['Tomek Nowak', 'Tomek Nowak Jr.'], true)).toBeNull();
  expect(personOfGeneration('Marek Nowak runs the stall. His son Jan helps. Tomek Nowak said so.', ['Marek Nowak', 'Tomek Nowak'], true)).toBeNull();
});
