import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a written message's sender named after "from" or "by" opens the
// subject ("A letter from NAME said"), and a phrase of time between the name and the verb ("on Tuesday", "on
// Monday night") hangs on the message: the sender is still credited, as without the time.

describe('"A letter from NAME on DAY said: ..."', () => {
  it('"from" and a day', () => {
    expect(speakerOf(['A letter from Ilse Marrow on Tuesday said: "The ferry vote will be close, and we need every hand."'], 'ferry vote')).toBe('Ilse Marrow');
  });

  it('"sent out by", a day and its part, and another verb of saying', () => {
    const text = ['A fundraising email sent out by Oskar Velling on Monday night warned of the fight ahead: "There are six county votes in the next month, and our rivals will not rest."'];
    expect(speakerOf(text, 'six county votes')).toBe('Oskar Velling');
  });

  it('not a person from a place: the place is no sender', () => {
    expect(speakerOf(['A fisherman from Dunmore on Tuesday said: "The catch has never been this poor."'], 'catch has never')).not.toBe('Dunmore');
  });
});
