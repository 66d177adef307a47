import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests.

describe('"as one official there put it"', () => {
  it('a place adverb after the description does not hide the one who put it', () => {
    const text = ['The quay was quiet on Friday. As one senior harbour officer there put it to our reporter on Friday, "The empty berths say enough."'];
    expect(speakerOf(text, 'empty berths say enough')).toBe('one senior harbour officer');
  });
});

describe('a gesture after a fronted question', () => {
  it('"Asked which plan she prefers, she smiled. "..."": the one who smiled answers', () => {
    const text = ['Marta Osk has run the bakery on Quay Street since 2009.', 'Asked which of the two plans she prefers, she smiled. "I prefer bread."'];
    expect(speakerOf(text, 'I prefer bread')).toBe('Marta Osk');
  });
});

describe('a verb of memory, its object, then speaking', () => {
  it('"she recalled him saying that ... "..."": the man remembered speaks', () => {
    const text = [
      '"The ferry will outlive us all," says Oskar Lindqvist, who has skippered it since 1990.',
      'Greta Lund first sailed with Lindqvist in 2004, and she recalled him saying back then that the route would "never pay, and never close."',
    ];
    expect(speakerOf(text, 'never pay, and never close')).toBe('Oskar Lindqvist');
  });

  it('"recalled a ferry captain telling her crew: "..."": the one described, someone new', () => {
    const text = ['Greta Lund runs the canteen at the ferry terminal.', 'She recalled a ferry captain from Vessby telling her cooks one winter morning: "Keep the lights low and the doors shut."'];
    expect(speakerOf(text, 'Keep the lights low')).toBe('a ferry captain from Vessby');
  });

  it('one described whose words a "that" clause reports is still no one told', () => {
    const text = ['Greta Lund recalls a ferry captain once telling her that the company had "forgotten the islands."'];
    expect(speakerOf(text, 'forgotten the islands')).toBeNull();
  });
});
