import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests (older wrong speakers a review found, session 39).

function speakerIds(paragraphs: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2024-05-02', paragraphs)));
  return new Map(quotes.map((q) => [q.quote, q.speakerId ?? null]));
}

describe('a title tells two people of one bare surname apart', () => {
  it('"Mrs. Tovin" and "Mr. Tovin" are two speakers, not one', () => {
    const ids = speakerIds(['Mrs. Tovin and Mr. Tovin keep bees above the village. "The hives froze in March," Mrs. Tovin said. "We sold the honey early," Mr. Tovin said.']);
    const a = ids.get('The hives froze in March');
    const b = ids.get('We sold the honey early');
    expect(a).toBeTruthy();
    expect(b).toBeTruthy();
    expect(a).not.toBe(b);
  });
  it('one "Ms. Tovin" quoted twice stays one speaker', () => {
    const ids = speakerIds(['Ms. Tovin keeps bees. "The hives froze," Ms. Tovin said. "We sold the honey," Ms. Tovin added.']);
    expect(ids.get('The hives froze')).toBe(ids.get('We sold the honey'));
  });
});

describe('one sentence of quoted words split by its credit', () => {
  it('the second piece is the first speaker\'s, not that of the one who recalls the words', () => {
    const text = ['"A flood," Mara Quell liked to say, "teaches patience," Odo Brann recalled.'];
    expect(speakerOf(text, 'teaches patience')).toBe('Mara Quell');
  });
  it('also after an inverted credit', () => {
    const text = ['"We lost the boats," said Odo Brann, "even the small ones," his neighbour Mara Quell told reporters.'];
    expect(speakerOf(text, 'even the small ones')).toBe('Odo Brann');
  });
  it('not when another clause stands between the pieces', () => {
    const text = ['"Water," Odo Brann said, and Mara Quell added, "is all we need."'];
    expect(speakerOf(text, 'is all we need')).toBe('Mara Quell');
  });
});

describe('"who" after a described phrase stands for a person', () => {
  it('"a question for the minister, who answered:" is the minister\'s answer, not "a question"', () => {
    const text = ['Odo Brann broke in with a question for the minister, who answered: "The report comes out in June."'];
    expect(speakerOf(text, 'The report comes out in June')).toBe('the minister');
  });
  it('"a call from a nurse at the clinic, who said:" stays the nurse\'s', () => {
    const text = ['Odo Brann got a call from a nurse at the clinic, who said: "Your father is awake."'];
    expect(speakerOf(text, 'Your father is awake')).toBe('a nurse at the clinic');
  });
  it('"a question for NAME\'s lawyer, who said:" is the lawyer\'s answer, not "a question for ..."', () => {
    const text = ['Odo Brann had a question for Ilse Marr\'s accountant, who said: "Every invoice was filed."'];
    expect(speakerOf(text, 'Every invoice was filed')).toBe("Ilse Marr's accountant");
    const text2 = ['Odo Brann had a question for the mayor\'s deputy, who answered: "The bridge stays shut."'];
    expect(speakerOf(text2, 'The bridge stays shut')).toBe("the mayor's deputy");
  });
  it('a phrase of no person gives no one', () => {
    const text = ['Mara Quell pointed to a ruling by the court, who wrote: "The lease is void."'];
    expect(speakerOf(text, 'The lease is void')).toBeNull();
  });
});

describe('an order reported after "told her to" is the teller\'s', () => {
  it('a described teller: no one, not the one reporting it', () => {
    const text = ['Mara Quell lives by the weir. Quell says her landlord told her to "pack a bag tonight."'];
    expect(speakerOf(text, 'pack a bag tonight')).toBeNull();
  });
  it('a named teller speaks', () => {
    const text = ['Odo Brann and Mara Quell were at the weir. Quell said Brann had urged her to "climb the bank."'];
    expect(speakerOf(text, 'climb the bank')).toBe('Odo Brann');
  });
  it('one credited after the quote recalls the order: the teller\'s, not the recaller\'s', () => {
    expect(speakerOf(['The magistrate told her to "stop interrupting," Mara Quell recalled.'], 'stop interrupting')).toBeNull();
    const text = ['Her aunt, Greta Moll, told her to "keep the farm," Mara Quell recalled.'];
    expect(speakerOf(text, 'keep the farm')).toBe('Greta Moll');
  });
  it('a description set off after a name is no teller: "Brann, the skipper, told her to" is Brann\'s', () => {
    expect(speakerOf(['Odo Brann, the skipper, told her to "hold the line." She did.'], 'hold the line')).toBe('Odo Brann');
  });
});

describe('a named person saying it before the quote, "according to" someone after it', () => {
  it('the words are the named person\'s; the one after "according to" only reports them', () => {
    const text = ['Odo Brann, the harbour master, gave evidence. The record shows Brann said only that "the crane was safe," according to Mara Quell, a clerk.'];
    expect(speakerOf(text, 'the crane was safe')).toBe('Odo Brann');
  });
  it('a quote with no one saying it before keeps the "according to" source', () => {
    const text = ['The crane was "perfectly safe," according to Mara Quell.'];
    expect(speakerOf(text, 'perfectly safe')).toBe('Mara Quell');
  });
});

describe('a pronoun after a sentence naming two people it may mean', () => {
  it('two women told by their titles: no one', () => {
    const text = ['Ms. Quell met Ms. Dorran outside the mill on Monday. "We have nothing to hide," she said.'];
    expect(speakerOf(text, 'We have nothing to hide')).toBeNull();
  });
  it('the agent of a passive is a rival of its subject: no one', () => {
    const text = ['Odo Brann boxed at the fair on Friday. Brann was beaten by Karel Stam in the third round. "I will be back," he shouted.'];
    expect(speakerOf(text, 'I will be back')).toBeNull();
  });
  it('likewise when the passive sentence opens its paragraph\'s thread', () => {
    const text = ['Odo Brann lost his seat on Sunday. Brann was defeated by Karel Stam in a run-off. "This is not over," he said.'];
    expect(speakerOf(text, 'This is not over')).toBeNull();
  });
  it('a handle has no gender: "she" is not the handle beside a woman named in full', () => {
    const text = ['u/harbourlight met Mara Quell at the shelter on Sunday. "I was terrified," she wrote.'];
    expect(speakerOf(text, 'I was terrified')).not.toBe('harbourlight');
  });
  it('a man beside a woman leaves "she" the woman\'s', () => {
    const text = ['Mara Quell was interviewed by Peter Stam for the radio. "I was never afraid," she said.'];
    expect(speakerOf(text, 'I was never afraid')).toBe('Mara Quell');
  });
  it('one named inside a clause reported is no rival', () => {
    const text = ['Ms. Quell ran the mill for years. Ms. Quell said she never trusted Ms. Dorran. "We have nothing to hide," she said.'];
    expect(speakerOf(text, 'We have nothing to hide')).toBe('Quell');
  });
});

describe('a surname of two lowercase particles', () => {
  it('"van der Molen said" after one person of that name is that person', () => {
    const text = ['Lotte van der Molen runs a ferry in Zeeland. "We sail at dawn," van der Molen said.'];
    expect(speakerOf(text, 'We sail at dawn')).toBe('Lotte van der Molen');
  });
  it('two of that name: neither is guessed, and the particles are no role cut off the surname', () => {
    const text = ['Lotte van der Molen and her cousin Joost van der Molen run a ferry in Zeeland. "We sail at dawn," van der Molen said.'];
    const who = speakerOf(text, 'We sail at dawn');
    expect(who).not.toBe('Molen');
    expect(who).not.toBe('Lotte van der Molen');
    expect(who).not.toBe('Joost van der Molen');
  });
  it('two of that name in sentences apart: the later one named is not guessed either', () => {
    const text = ['Lotte van der Molen runs a ferry in Zeeland. Her cousin Joost van der Molen keeps the harbour bar.', '"We sail at dawn," van der Molen said.'];
    const who = speakerOf(text, 'We sail at dawn');
    expect(who).not.toBe('Lotte van der Molen');
    expect(who).not.toBe('Joost van der Molen');
  });
});

describe('the agent of a passive after an auxiliary', () => {
  it('"has been replaced by" another woman: "she" is no one', () => {
    const text = ['Mara Quell has been replaced by Lena Wirth as chair. "I wish her luck," she said.'];
    expect(speakerOf(text, 'I wish her luck')).toBeNull();
  });
});

describe('a saint\'s "St." in a place after "of" is no title before a name', () => {
  it('"Residents of St. Agnes Road said" is the residents, not "Agnes Road"', () => {
    const text = ['Residents of St. Agnes Road said the night buses were "a menace."'];
    expect(speakerOf(text, 'a menace')).not.toBe('Agnes Road');
    expect(speakerOf(text, 'a menace')).not.toBe('St. Agnes Road');
  });
});

describe('a label in capitals none of whose words can be a name', () => {
  it('"EDITOR\'S NOTE:" before a quoted sentence is no speaker; a name in capitals still is', () => {
    expect(speakerOf(['EDITOR\'S NOTE: "An earlier version of this story gave the wrong year."'], 'wrong year')).toBeNull();
    expect(speakerOf(['OFFICIAL STATEMENT: "The pier stays closed."'], 'pier stays closed')).toBeNull();
    expect(speakerOf(['KAREN HOLT: "The pier stays closed."'], 'pier stays closed')).toBeTruthy();
  });
});
