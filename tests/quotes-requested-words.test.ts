import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: words someone is asked or told to say ('asked NAME to say "..."')
// are not yet said by anyone, neither the one who asks nor the one asked.
describe('words someone is asked to say', () => {
  it('"Tom Reed asked Mara Olsen to say "a few words"": nobody', () => {
    expect(speakerOf(['Tom Reed asked Mara Olsen to say "a few words" at the dinner.'], 'a few words')).toBeNull();
  });

  it('told to repeat, urged to sing: nobody', () => {
    expect(speakerOf(['The coach, Ivo Marn, told his players to repeat "one more lap" until they believed it.'], 'one more lap')).toBeNull();
    expect(speakerOf(['Dana Pelt urged the crowd to sing "the harbour song" once more.'], 'the harbour song')).toBeNull();
  });

  it('within a report of the asking: still nobody', () => {
    expect(speakerOf(['Reed said he had asked Olsen to say "a few words" before the toast.'], 'a few words')).toBeNull();
  });

  it('the asker\'s own words stay his: no verb of uttering before the quote, or the words asked in his own credit', () => {
    expect(speakerOf(['Tom Reed asked the voters of Delmar to "stay home and stay safe" on Sunday.'], 'stay home')).toBe('Tom Reed');
    expect(speakerOf(['Tom Reed turned to Mara Olsen. "Will you say a few words?" he asked.'], 'say a few words')).toBe('Tom Reed');
  });
});
