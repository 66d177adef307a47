import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('gives the words to the described author, not to the channel or blog named after "of"', () => {
  const got = speakers([
    'Online commentators reacted within minutes of the ruling.',
    '"The court has finally caught up with the street," wrote the founder of the Telegram channel Granite Wire.',
    '"Nobody in the valley will notice," wrote the editor of the blog Upland Notes, which covers farm policy.',
  ]);
  expect(got.get('The court has finally')).toMatch(/^the founder\b/u);
  expect(got.get('The court has finally')).not.toBe('Granite Wire');
  expect(got.get('Nobody in the valley')).toMatch(/^the editor\b/u);
  expect(got.get('Nobody in the valley')).not.toBe('Upland Notes');
});

it('still reads a lowercase role before a person\'s name', () => {
  const got = speakers(['"We will appeal," said party spokeswoman Edda Varga.']);
  expect(got.get('We will appeal')).toBe('Edda Varga');
});
