import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('does not give "the official" to an official of an earlier paragraph when someone else described has spoken since', () => {
  for (const subject of ['A member of the weir board', 'A spokesman for the canal trust', 'One, a member of the crew that loads the barges,', 'Another of them, a lock keeper,', 'A weir inspector']) {
    const got = speakers([
      'A Flemish official was calmer. The hulls were sound, the official said, and "sound hulls float for decades."',
      `Worry runs highest among the men who work the locks. ${subject} said the keepers had been kept out twice. "If they shut us out, nobody signs," the official said.`,
    ]);
    expect(got.get('sound hulls')).toBe('a Flemish official');
    expect(got.get('If they shut us out'), subject).not.toBe('a Flemish official');
  }
});

it('still gives "the official" to the one official when no one else has spoken since', () => {
  const got = speakers([
    'A Flemish official was calmer. The hulls were sound, the official said, and "sound hulls float for decades."',
    'Worry runs highest among the men who work the locks. "If they shut us out, nobody signs," the official said.',
  ]);
  expect(got.get('If they shut us out')).toBe('a Flemish official');
});

it('sets up one of a group described set off, or one described with the body they speak for, to speak next', () => {
  for (const subject of ['One, a lock keeper on the night shift,', 'A spokesman for the canal trust']) {
    const got = speakers([
      'The mayor of Osten, Hanne Brügge, opened the new lock on Monday. "It took nine years," Brügge said.',
      `${subject} said the gates had jammed twice in the first hour. "We will need a second crew," he said.`,
    ]);
    expect(got.get('We will need'), subject).not.toBe('Hanne Brügge');
  }
});
