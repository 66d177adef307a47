import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

// Passages written for these tests: sentences an adversarial review of session 35's rules wrote to make them
// give a wrong speaker (a title, an answer, a new clause, a woman beside a "-man" title).
const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('does not continue a question with the answer spliced on after "Then,"', () => {
  const got = speakers(['"Where were you on Friday night?" prosecutor Ivo Tamm asked Greta Holm. Then, "At home, with my sister."']);
  expect(got.get('Where were you')).toBe('Ivo Tamm');
  expect(got.get('At home')).toBeFalsy();
  const shout = speakers(['"Is anyone there?" Ken Basso shouted into the mine. Then, "Yes, down here!"']);
  expect(shout.get('Yes, down here')).toBeFalsy();
});

it('still continues a statement after a connective', () => {
  const got = speakers(['Senator Rolf Ingram spoke in Dover on Friday.', '"She is supposed to be fighting for this town," Ingram said. Instead, "she just acts like someone who has lost already."']);
  expect(got.get('she just acts')).toBe('Rolf Ingram');
});

it('does not credit a title in a list to the author after a dash', () => {
  const got = speakers(['The bestseller list this week:', '- "Harbor Lights" -- Jane Corrow, a novel about a fishing town.', '- "Winter Song" -- Paul Ostby, poems.']);
  expect(got.get('Harbor Lights')).toBeFalsy();
  expect(got.get('Winter Song')).toBeFalsy();
  const said = speakers(['CANADA', '- "We will review every export licence this month." -- Trade Minister Louise Aubert, at a news conference.']);
  expect(said.get('We will review')).toBe('Louise Aubert');
});

it('does not read a new clause after a dash as the credit of a label before it', () => {
  const got = speakers(['Town officials call the old pier "the graveyard" -- Mayor Ken Basso says it will be torn down next year.']);
  expect(got.get('the graveyard')).toBeFalsy();
  const em = speakers(['Town officials call the old pier "the graveyard" — Mayor Ken Basso says it will be torn down next year.']);
  expect(em.get('the graveyard')).toBeFalsy();
});

it('does not hand "she said" to "a spokesman" beside a woman the pronoun may mean', () => {
  const got = speakers([
    'Mayor Jane Orlov missed the meeting.',
    'A spokesman for the mayor, who was travelling in Spain, added that the quay would open in June. "We will not leave it broken," she said.',
  ]);
  expect(got.get('We will not leave')).not.toBe('a spokesman for the mayor');
});

it('does not credit "As X, role, put it" to one word alone or past a participle of quoting', () => {
  const city = speakers(['The port has bid for the regatta.', 'As Kiel, the port city, put it in its bid, "We are ready."']);
  expect(city.get('We are ready')).toBeFalsy();
  // (The one quoted speaks: the words are the sailor's, never the relayer's; see quotes-relayed-and-headings.)
  const relayed = speakers(['As Vera Sand, quoting an old sailor, put it, "The sea takes what it wants."']);
  expect(relayed.get('The sea takes')).not.toMatch(/Vera Sand/u);
  const role = speakers(['The fee is contested. As Mara Lind, a tax lawyer at the Harbor Policy Center, put it, "No one has ever been charged."']);
  expect(role.get('No one has')).toBe('Mara Lind');
});

it('does not credit a title after a name and a colon to the name', () => {
  const got = speakers(['THE CAST', '- Nora Vick, the lead actress: "Winter Song" (2019).', '- Omar Dell, the director: "Harbor Lights" (2018).']);
  expect(got.get('Winter Song')).toBeFalsy();
  expect(got.get('Harbor Lights')).toBeFalsy();
  const said = speakers(['EXPERTS', '- Helga Brandt, a Baltic shipping specialist at the Nordsee Institute in Kiel: "The ports will feel this first."']);
  expect(said.get('The ports will')).toBe('Helga Brandt');
});

it('does not continue words put to someone named with a quote a connective opens', () => {
  const got = speakers(['"You must leave the house today," Judge Ivo Tamm told Greta Holm. Then, "I will not go anywhere."']);
  expect(got.get('You must leave')).toBe('Ivo Tamm');
  expect(got.get('I will not go')).toBeFalsy();
});

it('still credits a dash list item whose name a participle clause follows', () => {
  const got = speakers(['Key quotes so far:', '- "That is why we have come here." — Jane Roe, asked whether the port would help the town build ships']);
  expect(got.get('That is why')).toBe('Jane Roe');
});

it('does not give a bare surname to the later of two namesakes one sentence brings in', () => {
  const sisters = speakers(['Mara Lind and Tova Lind, sisters who run the bakery, spoke to us on Friday.', '"Flour costs what it costs," Lind said.']);
  expect(sisters.get('Flour costs')).not.toBe('Tova Lind');
  expect(sisters.get('Flour costs')).not.toBe('Mara Lind');
  const couple = speakers(['Senator Ray Tull and his wife, Ada Tull, toured the mill.', '"Flour costs what it costs," Tull said.']);
  expect(couple.get('Flour costs')).toBe('Ray Tull');
  const spoke = speakers(['Mara Lind and Tova Lind run the bakery.', '"Flour costs what it costs," Mara Lind said.', '"It is hard," Lind added.']);
  expect(spoke.get('It is hard')).toBe('Mara Lind');
});

it('does not credit a title inside its sentence to the name set off after it', () => {
  const editor = speakers(['Vera Sand, the author of "Harbor Lights," said her editor, Jon Kell, had called the ending "too dark."']);
  expect(editor.get('Harbor Lights')).toBeFalsy();
  expect(editor.get('too dark')).toBe('Jon Kell');
  const novel = speakers(['Vera Sand, a critic who reviewed "Harbor Lights," the novel by Jon Kell, said it was "a triumph."']);
  expect(novel.get('Harbor Lights')).toBeFalsy();
  expect(novel.get('a triumph')).toBe('Vera Sand');
});
