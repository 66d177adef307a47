import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('reads "Her group" as the body her role names', () => {
  const got = speakers([
    'Mara Olsen, president of the Harbour Residents Council, watched from the gallery. "I heard a lot of shouting," she said afterwards. Her group said in a written statement it wanted the city to "stop counting ferries."',
  ]);
  expect(got.get('I heard a lot')).toBe('Mara Olsen');
  expect(got.get('stop counting ferries')).toBe('Harbour Residents Council');
});

it('gives "His group" no body when his role names none', () => {
  const got = speakers([
    'Ivo Dahl, a retired stoker, watched from the gallery. "Too loud," he said. His group said in a written statement it wanted "fewer speeches."',
  ]);
  expect(got.get('fewer speeches')).not.toBe('Ivo Dahl');
});
