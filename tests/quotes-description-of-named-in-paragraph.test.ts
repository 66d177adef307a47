import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-05');

// "Roe, for his part, thinks ... "...," says the former minister.": the paragraph names the man by his surname, so
// the description goes to the role he was given paragraphs before, even one cut off by a long relative clause.
it('gives a description to the one its paragraph names by surname, whose role was given far back', () => {
  const got = speakers([
    'In the words of Ola Berg, a former Danish deputy fisheries minister who now heads the maritime programme of the Aarhus Institute of Northern Studies, the plan was “a ferry timetable dressed up as a treaty”.',
    '“The harbour will be busy by spring,” says Mette Lund, a pilot on the northern route.',
    '“Nobody has asked the crews,” says Karl Friis, a union steward at the quay.',
    '“The tugs are older than I am,” says Ida Holm, who repairs engines on the pier.',
    'Berg, for his part, thinks the answer lies in boats. “If they can build ferries, we can build them faster,” says the former minister.',
  ]);
  expect(got.get('If they can build ferries')).toBe('Ola Berg');
});

it('does not reach back past the paragraph window when the paragraph does not name the one described', () => {
  const got = speakers([
    'In the words of Ola Berg, a former Danish deputy fisheries minister who now heads the maritime programme of the Aarhus Institute of Northern Studies, the plan was “a ferry timetable dressed up as a treaty”.',
    '“The harbour will be busy by spring,” says Mette Lund, a pilot on the northern route.',
    '“Nobody has asked the crews,” says Karl Friis, a union steward at the quay.',
    '“The tugs are older than I am,” says Ida Holm, who repairs engines on the pier.',
    'Some think the answer lies in boats. “If they can build ferries, we can build them faster,” says the former minister.',
  ]);
  expect(got.get('If they can build ferries')).not.toBe('Ola Berg');
});
