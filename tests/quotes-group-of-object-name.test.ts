import { expect, it } from 'vitest';
import { nameOfObjectNotHead } from '../src/quotes/of-object-name.ts';
import { speakerOf } from './helpers/quotes.ts';

// Session 55 (h5): a group head ("The family of the missing climber, NAME,") is never named by one person's name set
// off after the object; the name is the object's, and the group speaks, described.

it('gives the words of "The family of the missing sailor, NAME," to the family, not the sailor', () => {
  const paras = ['The family of the missing sailor, Ferris Quillan, said in a statement: "We still believe he is alive."'];
  expect(speakerOf(paras, 'We still believe')).not.toBe('Ferris Quillan');
  expect(speakerOf(['The friends of the late painter, Odile Marchbank, said she was "the kindest of us".'], 'the kindest of us')).not.toBe('Odile Marchbank');
});

it('keeps a list of names set off after a group head, and heads that are one person', () => {
  expect(nameOfObjectNotHead('The parents of the missing boy', 'Ann and Olu Bello')).toBe(false);
  expect(nameOfObjectNotHead('The family of the missing sailor', 'Ferris Quillan')).toBe(true);
  expect(nameOfObjectNotHead('The lawyer of the accused man', 'Ferris Quillan')).toBe(false);
  const paras = ['His sister, Rosa Quillan, told the radio: "He knows the sea."'];
  expect(speakerOf(paras, 'He knows the sea')).toBe('Rosa Quillan');
});

it('reads a plural group head written without an article ("Friends of the late singer, NAME,") as the group, not the one named', () => {
  expect(nameOfObjectNotHead('Friends of the late singer', 'Ilka Dorrance')).toBe(true);
  expect(nameOfObjectNotHead('Neighbours of the old ferryman', 'Ilka Dorrance')).toBe(true);
  // (A head of one person with no article is read as before: nothing set apart.)
  expect(nameOfObjectNotHead('Grandmother of the missing boy', 'Ilka Dorrance')).toBe(false);
  expect(speakerOf(['Friends of the late singer, Ilka Dorrance, said: "She sang until the very last day."'], 'She sang until')).not.toBe('Ilka Dorrance');
});
