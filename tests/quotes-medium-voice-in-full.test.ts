import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { ownedVoiceIn } from '../src/quotes/medium-voice.ts';
import { doc, passagesOf } from './helpers/docs.ts';
import { speakersByQuote } from './helpers/quotes.ts';

describe('a paper\'s voice shown as the text names it in full', () => {
  it('shows "the board wrote" as the paper\'s editorial board named just before', () => {
    const got = speakersByQuote([
      'Readers wrote in about the Orrin Courier\'s coverage of the ferry strike.',
      '**Editor\'s note:** The Courier\'s editorial board stands by its view. "A strike that wins nothing is a strike lost," the board wrote on May 3, and nothing since has changed that.',
    ]);
    expect(got.get('A strike that wins nothing is a strike lost')).toBe("the Courier's editorial board");
  });

  it('shows the board credited with its paper as that board, and "it" and "the board" after it so', () => {
    const got = speakersByQuote(["The Orrin Courier's editorial board called the strike \"a passing storm\". It called the mayor \"a dreamer\". \"Ports recover,\" the board wrote."]);
    expect(got.get('a passing storm')).toBe("the Orrin Courier's editorial board");
    expect(got.get('a dreamer')).toBe("the Orrin Courier's editorial board");
    expect(got.get('Ports recover')).toBe("the Orrin Courier's editorial board");
  });

  it('reads "it" after the board named as a subject as the board, unless the paper is named after it', () => {
    const board = speakersByQuote(["The Orrin Courier's editorial board was blunter still. It described the mayor as \"a dreamer\"."]);
    expect(board.get('a dreamer')).toBe("the Orrin Courier's editorial board");
    const paper = speakersByQuote(["The Orrin Courier's editorial board was blunter still. The Orrin Courier also ran a cartoon. It described the mayor as \"a dreamer\"."]);
    expect(paper.get('a dreamer')).toBe('the Orrin Courier');
  });

  it('keeps a paper\'s voice with no board named in full as the paper, and never merges the paper into its board', () => {
    const got = speakersByQuote(['In its editorial on Monday, the Orrin Courier called the plan "a sad day for the town." The board added: "We will not be silent."']);
    expect(got.get('We will not be silent')).toBe('the Orrin Courier');
    const { quotes } = extractQuotes(passagesOf(
      doc('a', '2024-05-01', ['The Orrin Courier reported that the ferry would stop, calling it "a blow to the island."']),
      doc('b', '2024-05-02', ["The Orrin Courier's editorial board called the strike \"a passing storm\"."]),
    ));
    expect(quotes.find((q) => q.quote.startsWith('a blow'))?.speaker).toBe('the Orrin Courier');
    expect(quotes.find((q) => q.quote.startsWith('a passing'))?.speaker).toBe("the Orrin Courier's editorial board");
  });

  it('finds the last voice named with that paper', () => {
    expect(ownedVoiceIn("The Orrin Courier's editors and the Velm Post's editorial board disagreed.", 'Velm Post')).toBe("the Velm Post's editorial board");
    expect(ownedVoiceIn("The Orrin Courier's board of directors met.", 'Orrin Courier')).toBeNull();
  });
});
