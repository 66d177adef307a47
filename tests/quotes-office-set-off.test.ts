import { describe, expect, it } from 'vitest';
import { hasPatronymic } from '../src/quotes/address-forms.ts';
import { officeNounsSetOff } from '../src/quotes/office-set-off.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: an office over an area set off before a
// name of given name, patronymic and surname is the person's, not a body's named so; and an office noun no
// dictionary knows ("the vardar of the region, NAME,") is a person's title in that document, so a later "the
// vardar said" is that person.
describe('the OFFICE of the region, GIVEN PATRONYMIC SURNAME, said ....', () => {
  it('a known office: the named person, not "a mayor of NAME"', () => {
    const got = speakersByQuote([
      'Speaking in Orsk-Valin, the mayor of the city, Timur Rashidovich Abenov, said ferry services were running "as usual".',
      '"Nothing has changed for our passengers," the mayor said.',
    ]);
    expect(got.get('as usual')).toBe('Timur Rashidovich Abenov');
    expect(got.get('Nothing has changed for our passengers')).toBe('Timur Rashidovich Abenov');
  });
  it('an office noun the document teaches beside the name', () => {
    const got = speakersByQuote([
      'At a briefing in Tarsk, the vardar of the region, Timur Rashidovich Abenov, said the harvest was "on schedule".',
      '"Our silos are full," the vardar said.',
      'Asked about the railway, the vardar answered: "The wagons come every day."',
    ]);
    expect(got.get('on schedule')).toBe('Timur Rashidovich Abenov');
    expect(got.get('Our silos are full')).toBe('Timur Rashidovich Abenov');
    expect(got.get('The wagons come every day')).toBe('Timur Rashidovich Abenov');
  });
  it('learns only nouns no dictionary knows, set off beside a name as an office over an area', () => {
    expect([...officeNounsSetOff(['the vardar of the region, Timur Rashidovich Abenov, said', 'Ivo Lask, the gorvan of the Tarsk province, said'])].sort()).toEqual(['gorvan', 'vardar']);
    expect([...officeNounsSetOff(['the governor of the region, Timur Abenov, said', 'the vardar of the company, Ivo Lask, said'])]).toEqual([]);
    expect(hasPatronymic('Timur Rashidovich Abenov')).toBe(true);
    expect(hasPatronymic('Marta Ilyinichna Sova')).toBe(true);
    expect(hasPatronymic('Tarsk Regional Council')).toBe(false);
  });
});
