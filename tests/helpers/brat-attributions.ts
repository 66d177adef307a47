import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes an invented article's brat attributions for the dev split under `root`: each [source words, quoted words]
 * pair is one attribution, its source found after its quote in `text`.
 */
export function writeBratAttributions(root: string, text: string, pairs: readonly (readonly [string, string])[]): void {
  const lines: string[] = [];
  let from = 0;
  pairs.forEach(([source, quote], i) => {
    const q = text.indexOf(`"${quote}`, from);
    const s = text.indexOf(` ${source} `, q + quote.length) + 1;
    from = s + source.length;
    lines.push(`T${2 * i + 1}\tSource ${s} ${s + source.length}\t${source}`, `T${2 * i + 2}\tContent ${q} ${q + quote.length + 2}\t"${quote}"`, `E${i + 1}\tAttribution:T${2 * i + 1} Source:T${2 * i + 1} Content:T${2 * i + 2}`);
  });
  writeFileSync(join(root, 'dev', 'attributions', 'a_1.ann'), lines.join('\n') + '\n');
}
