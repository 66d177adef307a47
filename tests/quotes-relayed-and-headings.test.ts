import { describe, expect, it } from 'vitest';
import { relayedAfter, relayedBefore } from '../src/quotes/relayed-words.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it (null when nobody is). */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2026-03-01');

describe('words one person passes on from another', () => {
  it('reads the one quoted in a set-off participle, a main verb of relaying and a credit after the quote', () => {
    expect(relayedBefore('A spokeswoman, quoting the minister, said: ')?.owner).toBe('the minister');
    expect(relayedBefore('Aid worker Tomas Brenn, relaying a message from the mayor, said: ')?.owner).toBe('the mayor');
    expect(relayedBefore('Councillor Pieter Vos quoted the old harbour master, saying: ')).toMatchObject({ owner: 'the old harbour master', main: true, saying: true });
    expect(relayedBefore('Tomas Brenn read out a letter from the mayor, Ilse Kovar: ')?.owner).toBe('Ilse Kovar');
    expect(relayedBefore('Otto Hamm told reporters, quoting Karin Lusk: ')?.owner).toBe('Karin Lusk');
    expect(relayedAfter(', a spokeswoman said, quoting the minister.')?.owner).toBe('the minister');
    expect(relayedAfter(', Hamm added, relaying a message from the dock workers.')?.owner).toBe('the dock workers');
    expect(relayedBefore('Strand, reading from a prepared statement, said: ')).toBeNull();
  });

  it('never credits the one who relays with the words relayed', () => {
    const got = speakers([
      'The fisheries ministry met on Tuesday to discuss the quotas for the northern coast.',
      'A spokeswoman, quoting the minister, said: "We will not cut the quotas this year."',
      '"The boats stay in port until May," a spokesman said, quoting the minister.',
      'Councillor Pieter Vos quoted the old harbour master, saying: "The sea gives and the sea takes."',
      'Treasurer Mara Lindqvist, citing the governor, said the cuts were "painful but necessary."',
      'Aid worker Tomas Brenn, relaying a message from Mayor Ilse Kovar, said: "We need tents and water now."',
      'Union official Otto Hamm read out a statement from the crew: "We will strike on Friday."',
      '"Nobody asked us," Hamm added, citing union leader Karin Lusk.',
    ]);
    expect(got.get('We will not')).toBe('the minister');
    expect(got.get('The boats stay')).toBe('the minister');
    expect(got.get('The sea gives')).toBe('the old harbour master');
    // (One cited is the source of what the speaker says, whose words they may still be: nobody, never the one
    // who cites. Session 36's review: "Thorley, citing Chief Loder, said: "... and I am proud of that."".)
    expect(got.get('painful but necessary.')).toBeNull();
    expect(got.get('We need tents')).toBe('Ilse Kovar');
    expect(got.get('We will strike')).toBeNull();
    expect(got.get('Nobody asked us')).toBeNull();
  });

  it('reads the fronted participle, the possessed document and the pronoun quoted, and leaves a group quoted to the one who sums it up', () => {
    const got = speakers([
      'The harbour board met on Friday. Board member Siri Nakken spoke first, and engineer Paal Rudd sent a report.',
      'Quoting the harbour master, Nakken said: "The sea wins in the end."',
      'Nakken cites the engineer\'s report, saying: "The channel will silt up in five years."',
      'Nakken read Rudd\'s email aloud: "I resign."',
      'Nakken, quoting her late father, says: "A port without ships is a graveyard."',
      '"The dredging must start soon," Nakken said, quoting board officials.',
    ]);
    expect(got.get('The sea wins')).toBe('the harbour master');
    expect(got.get('The channel will')).toBe('Paal Rudd');
    expect(got.get('I resign.')).toBe('Paal Rudd');
    expect(got.get('A port without')).toBeNull();
    expect(got.get('The dredging must')).toBe('Siri Nakken');
  });

  it('gives the words of a document\'s relative clause to its writer, or to nobody, never to the one who answered it', () => {
    const got = speakers([
      'Mayor Greta Solberg faced questions about the harbour project. Councillor Ivo Rask wrote to her on Monday.',
      'Solberg responded to Rask\'s letter, which called the plan "a disgrace."',
      'Solberg dismissed an anonymous letter, which described her as "unfit for office."',
    ]);
    expect(got.get('a disgrace.')).toBe('Ivo Rask');
    expect(got.get('unfit for office.')).toBeNull();
  });

  it('keeps the speaker who cites a reason, echoes another, or reads from a statement of their own', () => {
    const got = speakers([
      'The ferry firm Nordlys announced new fares on Monday.',
      'The company, citing rising fuel costs, said: "Prices will go up by ten percent."',
      'Harbour chief Elin Strand, echoing Transport Minister Rolf Berge, said: "We cannot pay for every route."',
      'Strand, reading from a prepared statement, said: "We regret the decision."',
    ]);
    expect(got.get('Prices will go')).toBe('the company');
    expect(got.get('We cannot pay')).toBe('Elin Strand');
    expect(got.get('We regret the')).toBe('Elin Strand');
  });
});

describe('headings and list lines are no speakers', () => {
  it('reads no body in the heading of a box or list of the text\'s own', () => {
    for (const h of ['Quick Facts', 'KEY QUOTES', 'What They Said', 'WHAT THEY SAID', 'Key Facts About The Bridge']) expect(parseSpeakerPhrase(h)).toBeNull();
    expect(parseSpeakerPhrase('Human Rights Watch')).toMatchObject({ type: 'name', kind: 'organisation' });
  });

  it('credits no heading, label word or colon-ended list line with the quote after it', () => {
    const got = speakers([
      'The Kiel Canal links the North Sea and the Baltic.',
      'KEY QUOTES:',
      '"We handle more ships than any canal in Europe."',
      'Quick Facts:',
      '"It opened in 1895."',
      '- The Kiel Canal, 98 km long:',
      '"The busiest artificial waterway in the world."',
      'Key Quotes: "We will never close the locks."',
      'WHAT THEY SAID:',
      '"It changes everything for the coast."',
      'What they said:',
      '"A fine canal."',
      'Reaction: "A proud day for the port."',
      'Background: "The first plans date from 1864."',
    ]);
    for (const k of ['We handle more', 'It opened in', 'The busiest artificial', 'We will never', 'It changes everything', 'A fine canal.', 'A proud day', 'The first plans']) expect(got.get(k), k).toBeNull();
  });

  it('still credits a one-word name before a colon that the prose names', () => {
    const got = speakers([
      'The talk show host Mona Baker interviewed the minister on Sunday.',
      'Baker: "Will you resign?"',
    ]);
    expect(got.get('Will you resign?')).toBe('Mona Baker');
  });
});

describe('subjects that do not speak', () => {
  it('credits no event or thing that is the subject of a clause with a scare-quoted fragment', () => {
    const got = speakers([
      'Trade minister Oskar Halvorsen spoke about border checks on Monday.',
      'Brexit complicated the issue, making it a "nightmare" for hauliers.',
      'Halvorsen dismissed the plan as a "recipe for chaos."',
    ]);
    expect(got.get('nightmare')).toBeNull();
    expect(got.get('recipe for chaos.')).toBe('Oskar Halvorsen');
  });

  it('credits neither of two subjects joined by "and", before or after the quote, whatever the role', () => {
    const got = speakers([
      'A fraud case against a shipping firm opened in Oslo on Monday. Bergen, a logistics company, is accused of hiding losses.',
      '"We are glad it is over," said Ruiz and Bergen.',
      'Bergen and prosecutor Ana Ruiz said: "Nobody will go to jail."',
      '"It was a good day," said Ruiz, who added that she was tired.',
    ]);
    expect(got.get('We are glad')).toBeNull();
    expect(got.get('Nobody will go')).toBeNull();
    expect(got.get('It was a')).toBe('Ana Ruiz');
  });

  it('gives the words of a passive verb of judging to its agent, not to the one judged', () => {
    const got = speakers([
      'Health minister Vera Olsen and hospital chief Rolf Dahl opened the new ward.',
      'Dahl was praised by Olsen as "a tireless servant."',
      'The ward has been described by critics as a "gift to the rich."',
      'Dahl was warmly thanked by Olsen: "Without him there would be no ward."',
    ]);
    expect(got.get('a tireless servant.')).toBe('Vera Olsen');
    expect(got.get('gift to the')).toBe('critics');
    expect(got.get('Without him there')).toBe('Vera Olsen');
  });

  it('gives words recalled or repeated from another to that one, or to nobody, and reads only a quote the relaying introduces', () => {
    const got = speakers([
      'Fisheries minister Karl Holm visited the coast with his aide Lisa Berg and the skipper Jon Vik.',
      'Berg had quoted Holm earlier: "No boat will be left behind."',
      'Vik recalled the words of his grandfather: "Fish follow the cold water."',
      'Vik repeated his grandfather\'s advice: "Never sail on a Friday."',
      'At the meeting, Berg cited Holm\'s old promises to the fleet as "empty words."',
    ]);
    expect(got.get('No boat will')).toBe('Karl Holm');
    expect(got.get('Fish follow the')).toBeNull();
    expect(got.get('Never sail on')).toBeNull();
    expect(got.get('empty words.')).not.toBeNull();
  });
});
