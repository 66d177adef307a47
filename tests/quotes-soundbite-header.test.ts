import { expect, it } from 'vitest';
import { soundbiteSpeaker } from '../src/quotes/soundbite-header.ts';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('reads a shotlist header in capitals as title, name, age and occupation', () => {
  const text = '7. (SOUNDBITE) (English) HARBOUR MASTER, OWEN TALBOT-REES, 58, SAYING: "The tide decides."';
  expect(soundbiteSpeaker(text, text.indexOf('"'))).toMatchObject({ speaker: { type: 'name', name: 'Owen Talbot-Rees' }, role: 'harbour master' });
  const asked = '3. (SOUNDBITE) (French) JOURNALIST ASKING: "When will it open?"';
  expect(soundbiteSpeaker(asked, asked.indexOf('"'))).toMatchObject({ speaker: { type: 'description', head: 'journalist' } });
  // Prose ending in a colon is no header.
  const prose = 'The mayor was blunt, saying: "No."';
  expect(soundbiteSpeaker(prose, prose.indexOf('"'))).toBeNull();
});

it('credits each sound bite of a shotlist to its header, never to a place named in a header\'s description', () => {
  const got = speakers([
    [
      '1. VARIOUS OF FERRY DOCKING AT PIER',
      '2. (SOUNDBITE) (Welsh) FERRY CAPTAIN, GWYN PARRY, SAYING:',
      '"We have not missed a crossing in ten years."',
      '3. (SOUNDBITE) (English) PARRY, ANSWERING QUESTION WHETHER THE ROUTE TO NORTHERN IRELAND WILL CLOSE, SAYING:',
      '"Not while I am in charge."',
      '4. (SOUNDBITE) (English) REPORTER ASKING:',
      '"And the new timetable?"',
      'PORT SPOKESWOMAN, ELIN MORGAN, ANSWERING:',
      '"It starts on Monday."',
    ].join('\n'),
  ]);
  expect(got.get('We have not missed')).toBe('Gwyn Parry');
  expect(got.get('Not while I am')).toBe('Gwyn Parry');
  expect(got.get('And the new timetable')).toBe('a reporter');
  expect(got.get('It starts on Monday')).toBe('Elin Morgan');
});
