import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('leaves a "he" to nobody after two bare surnames of no known sex as the subjects of clauses joined by a semicolon', () => {
  const got = speakers(['The regatta was decided over two races.', 'Ruiz took the morning race; Pelko took the evening one. "The wind decided it," he said.']);
  expect(got.get('The wind decided it')).toBeFalsy();
});

it('still gives the "he" to the one subject when the clause after the semicolon opens with a place', () => {
  const got = speakers(['The regatta was decided over two races.', 'Ruiz took the morning race; Madrid hosted the evening one. "The wind decided it," he said.']);
  expect(got.get('The wind decided it')).toBe('Ruiz');
});

it('still gives the "he" to a man whose title tells his sex beside a bare word after the semicolon', () => {
  const got = speakers(['The regatta was decided over two races.', 'Mr. Ruiz took the morning race; Pelko took the evening one. "The wind decided it," he said.']);
  expect(got.get('The wind decided it')).toBe('Ruiz');
});
