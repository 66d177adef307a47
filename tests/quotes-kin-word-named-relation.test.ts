import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): "the wife" is the one person the text brought in by that
// relation ("His wife, Ada Vell,"); and "His wife" right after a man spoke is the woman whose husband the text
// made him ("Her husband, Tomas Kosh,").
describe('a kin word tied to the one the text brought in by that relation', () => {
  it('"the wife said" after "His wife, Ada Vell, arrived later." is Ada Vell', () => {
    const who = speakerOf(['Tomas Vell, a fisherman, spoke first. "The sea took it," Vell said.', 'His wife, Ada Vell, arrived later. "We lost the boat," the wife said.'], 'lost the boat');
    expect(who).toBe('Ada Vell');
  });
  it('so too a paragraph later, and with another family name', () => {
    const who = speakerOf(['Tomas Vell, a fisherman, spoke first. "The sea took it," Vell said. His wife, Marta Kosh, arrived later.', '"We lost the boat," the wife said.'], 'lost the boat');
    expect(who).toBe('Marta Kosh');
  });
  it('two wives brought in leave "the wife" open', () => {
    const who = speakerOf(['His wife, Ada Vell, arrived first. Then Ivo Darn came with his wife, Lena Darn.', '"We lost the boat," the wife said.'], 'lost the boat');
    expect(who === null || who === 'the wife').toBe(true);
  });
  it('a wife the text described without a name leaves it open', () => {
    const who = speakerOf(['His wife, Ada Vell, arrived first. A sailor\'s wife who gave no name stood at the back.', '"We lost the boat," the wife said.'], 'lost the boat');
    expect(who).not.toBe('Ada Vell');
  });
  it('"His wife disagreed: she said ..." after her husband spoke is the woman he was brought in for', () => {
    const who = speakerOf([
      'At the museum, Marta Kosh has hung a small show of old maps. She said pupils came in "with maps in their hands."',
      '"They ask where the border is," said Kosh, 44.',
      'Her husband, Tomas Kosh, a retired ferryman, listened. "I crossed this river for thirty years," he said.',
      'The retired ferryman said he did not expect "any wonders" from the talks. His wife disagreed: she said the show would stay open until spring "at least."',
    ], 'at least');
    expect(who).toBe('Marta Kosh');
  });
});
