import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { trailingCreditSubject } from '../src/quotes/split-clause-subject.ts';

// Passages written for these tests: after "Karl Lund said he will not vote for Brandt", a clause that opens on
// Brandt and closes on "he said" goes on with Lund's report ("Also, Brandt is no friend of the growers, he said."); the
// pronoun is not Brandt. Alone, "Berg has seen three ferries go, she says." is Berg's own word on herself.
describe('a pronoun credit closing a clause that opens on a name, after another reporter', () => {
  const race = 'Peter Brandt has led the race for months.';
  const lind = 'Tessa Lind, a farm activist, says Brandt\'s rise is hurting the party. "We can no longer call ourselves the party of farmers," said Lind, a manager for a growers\' group.';
  const reporter = 'Karl Lund, a columnist in Tarnby, said he will not vote for Brandt because of his remarks about farmers.';

  it('a quote standing alone after "Also, NAME is no ..., he said." is not that name\'s', () => {
    expect(speakerOf([race, lind, `${reporter} Also, Brandt is no friend of the growers, he said. "The man wastes every grant!"`], 'wastes every grant')).not.toBe('Peter Brandt');
  });

  it('reads the name the reported clause opens with when the sentence before has another person report', () => {
    expect(trailingCreditSubject('Also, Brandt is no friend of the growers, he said.', 'he', reporter)).toBe('Brandt');
    expect(trailingCreditSubject('But Brandt never once visited the farms, he added.', 'he', 'Karl Lund said the race was close.')).toBe('Brandt');
    expect(trailingCreditSubject('Sen. Ola Brandt will lose the county, she told reporters.', 'she', 'Mara Olsen, a pollster, says the vote will be close.')).toBe('Sen. Ola Brandt');
  });

  it('leaves the name when no other reporter comes before, or the one before is that name', () => {
    expect(trailingCreditSubject('Berg has seen three ferries come and go, she says.', 'she', 'A retired nurse, Ragnhild Berg, waits at the ferry every Tuesday.')).toBeNull();
    expect(trailingCreditSubject('Berg has seen three ferries come and go, she says.', 'she', null)).toBeNull();
    expect(trailingCreditSubject('Brandt has farmed here for years, he said.', 'he', 'Peter Brandt said the harvest was poor.')).toBeNull();
  });

  it('leaves a possessive, another pronoun, and a credit that is no closing one', () => {
    expect(trailingCreditSubject('Brandt\'s plan will fail, he said.', 'he', reporter)).toBeNull();
    expect(trailingCreditSubject('Brandt is no friend of the growers, she said.', 'he', reporter)).toBeNull();
    expect(trailingCreditSubject('Brandt, he said, is no conservative.', 'he', reporter)).toBeNull();
    expect(trailingCreditSubject('Brandt said he was tired.', 'he', reporter)).toBeNull();
  });
});
