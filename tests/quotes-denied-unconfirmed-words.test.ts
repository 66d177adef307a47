import { expect, it } from 'vitest';
import { deniedWords } from '../src/quotes/denied-words.ts';
import { speakerOf } from './helpers/quotes.ts';

// Session 54 (h5): denials the first reading missed, each of which gave the denied words to someone.

it('reads "a report that" as well as "the report that"', () => {
  expect(deniedWords('An aide to Governor Lise Amundrud disputed a report that the governor had called the levy ')).toBe(true);
  expect(speakerOf(['An aide to Governor Lise Amundrud disputed a report that the governor had called the levy "robbery at noon".'], 'robbery at noon')).toBeNull();
});

it('reads a name set off by commas inside the denied clause', () => {
  // The name after the comma was read as the subject of "had called" and credited with the denied words.
  expect(speakerOf(['The mayor Ottar Halvorsrud denied that his deputy, Sindre Kvam, had called the tenants "freeloaders".'], 'freeloaders')).toBeNull();
});

it('reads a denied order: the words of the order are no one’s', () => {
  expect(speakerOf(['Admiral Brede Solum denied that he had ordered the crews to "sink anything that moves".'], 'sink anything that moves')).toBeNull();
  // (A denier's own words after are still theirs.)
  expect(speakerOf(['Admiral Brede Solum denied that he had ordered the crews to "sink anything that moves". "There was no such order," Solum said.'], 'There was no such order')).toBe('Brede Solum');
});

it('reads words someone will not vouch for: refused or declined to confirm, neither confirmed nor denied', () => {
  expect(speakerOf(['The club president, Arnfinn Tveit, refused to confirm that he had called the coach "a spent force".'], 'a spent force')).toBeNull();
  expect(speakerOf(['The prison neither confirmed nor denied that the inmate, Jostein Lie, had told guards he "planned it for years".'], 'planned it for years')).toBeNull();
  expect(speakerOf(['Her agent, Turid Moen, would not confirm that the singer had called the tour "my last".'], 'my last')).toBeNull();
});

it('still credits plain saying and a denial of a report with words of its own', () => {
  expect(deniedWords('Tveit said the coach was ')).toBe(false);
  expect(deniedWords('Tveit confirmed that he had called the coach ')).toBe(false);
  expect(speakerOf(['Arnfinn Tveit confirmed that he had called the coach "a spent force".'], 'a spent force')).toBe('Arnfinn Tveit');
});
