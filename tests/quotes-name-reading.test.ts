import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { scanNameMentions } from '../src/quotes/name-mentions.ts';
import { classifyProperName } from '../src/quotes/names.ts';
import { genderOfName } from '../src/quotes/local-speaker.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote's opening words and the speaker credited with it, and the speakers listed with their kinds. */
function read(paras: string[]): { got: Map<string, string | null>; kinds: Map<string, string> } {
  const { quotes, speakers } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return {
    got: new Map(quotes.map((q) => [q.quote.split(/\s+/u).slice(0, 3).join(' '), q.speaker])),
    kinds: new Map(speakers.map((s) => [s.name, s.kind])),
  };
}

it('keeps "St." in a given name or a surname ("St. John Orme", "Ada St. Clair")', () => {
  expect(parseSpeakerPhrase('St. John Orme')).toMatchObject({ name: 'St. John Orme', role: null });
  expect(scanNameMentions(['Ada St. Clair, a farmer on the floodplain, said her fields had flooded.']).map((m) => m.name)).toEqual(['Ada St. Clair']);
  const { got } = read([
    'St. John Orme, a hydrologist at the institute, said the data were clear. "The river has risen every year," Orme said.',
    'Ada St. Clair, a farmer on the floodplain, said her fields had flooded four times. "I have lost three harvests," St. Clair said.',
  ]);
  expect(got.get('The river has')).toBe('St. John Orme');
  expect(got.get('I have lost')).toBe('Ada St. Clair');
});

it('keeps a peer\'s title with the name shown, and reads the sex it tells', () => {
  expect(parseSpeakerPhrase('Lady Fenmore')).toMatchObject({ name: 'Lady Fenmore', role: null });
  expect(parseSpeakerPhrase('Lady Anne Dorrell')).toMatchObject({ name: 'Lady Anne Dorrell', role: null });
  expect(parseSpeakerPhrase('First Lady Jill Roe')).toMatchObject({ name: 'Jill Roe', role: 'First Lady' });
  // A peer's title that is also a place's name ("Harrow") is a person's.
  expect(classifyProperName('Lady Harrow')).toBe('person');
  expect(genderOfName('Lady Harrow')).toBe('f');
  expect(genderOfName('Lord Penwick')).toBe('m');
  const { got } = read([
    '"This bill was written in a week and it shows," Lady Harrow said.',
    '"It is late," said Lady Fenmore.',
  ]);
  expect(got.get('This bill was')).toBe('Lady Harrow');
  expect(got.get('It is late')).toBe('Lady Fenmore');
});

it('reads a bare surname with its particles as the full name it ends ("Fernández de la Vega", "Van der Berg")', () => {
  const { got } = read([
    'The port is old.',
    'Lucía Fernández de la Vega, a port engineer, said the cranes were old. "Half of the cranes are from the seventies," Fernández de la Vega said.',
    'Joost van der Haar, a pilot, said the channel was silting. "We need a dredger," Van der Haar said.',
  ]);
  expect(got.get('Half of the')).toBe('Lucía Fernández de la Vega');
  expect(got.get('We need a')).toBe('Joost van der Haar');
});

it('keeps both given names of a Spanish name called by its first surname ("José Luis Ortega Prieto" is "Ortega")', () => {
  const { got } = read([
    'Envoys met on Saturday.',
    'José Luis Ortega Brea, the Spanish envoy, said Madrid would help. "Spain will help," Ortega said.',
  ]);
  expect(got.get('Spain will help')).toBe('José Luis Ortega Brea');
});

it('reads a moderator\'s label in capitals with a name as that person\'s turn, the name in ordinary case', () => {
  const { got } = read([
    'The following is a transcript of the debate between the harbour candidates.',
    'MODERATOR INGRID SOLBERG: Welcome to the debate. Ms. Tamm, you first.',
    'ELIN TAMM: Thank you. The harbour needs dredging.',
    'SOLBERG: Ms. Tamm, what would it cost?',
  ]);
  expect(got.get('Welcome to the')).toBe('Ingrid Solberg');
  expect(got.get('Ms. Tamm, what')).toBe('Ingrid Solberg');
  expect(got.get('Thank you. The')).toBe('Elin Tamm');
});

it('reads a label in capitals with a "Mc" name ("DR. ROWAN McTAVISH:", "FINOLA MCQUARRIE:") and shows it as a name is written', () => {
  const { got } = read([
    'The following is a transcript of the panel on the river plan.',
    'FINOLA MCQUARRIE: The plan is late and over budget.',
    'DR. ROWAN McTAVISH: The silt data are from 2019.',
    'MCQUARRIE: Then the data must be renewed.',
  ]);
  expect(got.get('The plan is')).toBe('Finola McQuarrie');
  expect(got.get('The silt data')).toBe('Rowan McTavish');
  expect(got.get('Then the data')).toBe('Finola McQuarrie');
});

it('reads a full name after the same name with a peer\'s title as one person, and a bare "Lady X" as no other X untied', () => {
  const { got } = read([
    'Members of the upper house clashed on Tuesday.',
    'Dora Kestwick, a farmer from Tarn, watched from the gallery. "I came to see it done," she said.',
    '"This bill was written in a week," Lady Kestwick said.',
    'Lady Maud Orrin, the deputy, said the bill would pass. "It will pass," Lady Orrin said.',
    '"We shall see," said Maud Orrin.',
  ]);
  expect(got.get('This bill was')).toBe('Lady Kestwick');
  expect(got.get('It will pass')).toBe('Lady Maud Orrin');
  expect(got.get('We shall see')).toBe('Lady Maud Orrin');
});
