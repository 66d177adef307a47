import type { Answer, Citation, WordDifference } from '../types.ts';
import { DIFFERENCE_LABELS as DIFFERENCE_KIND } from '../quotes/difference-labels.ts';
import { acrossQuotesLead } from '../quotes/across-quotes-wording.ts';

/** The quote with the words that differ from the claim between asterisks. */
export function markDifferences(quote: string, differences: readonly WordDifference[]): string {
  let out = '';
  let at = 0;
  for (const d of [...differences].sort((a, b) => a.quoteStart - b.quoteStart)) {
    if (d.quoteEnd <= d.quoteStart || d.quoteStart < at || d.quoteEnd > quote.length) continue;
    out += `${quote.slice(at, d.quoteStart)}*${quote.slice(d.quoteStart, d.quoteEnd)}*`;
    at = d.quoteEnd;
  }
  return out + quote.slice(at);
}

/** What the source says where the claim says something else. */
function differenceLine(d: WordDifference): string {
  const kind = DIFFERENCE_KIND[d.kind];
  if (!d.quote) return `The claim adds "${d.claim}" (${kind}), which the source does not have.`;
  if (!d.claim) return `The claim leaves out "${d.quote}" (${kind}).`;
  return `The source says "${d.quote}" where the claim says "${d.claim}" (${kind}).`;
}

/** Wraps text to a width on spaces, keeping every character (a word longer than the width stands alone). */
export function wrap(text: string, width: number, indent = ''): string {
  const room = Math.max(20, width - indent.length);
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/ +/)) {
      if (line && line.length + 1 + word.length > room) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(line);
  }
  return lines.map((l) => indent + l).join('\n');
}

/** One line that says where an excerpt comes from: outlet, date, paragraph, id and link. */
export function citationLine(c: Citation): string {
  return `— ${c.outlet}, ${c.published}, paragraph ${c.paragraph} (${c.passage})${c.url ? ` ${c.url}` : ''}`;
}

function excerpt(text: string, c: Citation, width: number): string {
  return `${wrap(text, width, '  ')}\n${wrap(citationLine(c), width, '    ')}`;
}

/**
 * Renders an answer for a person at a terminal (console and command line): wrapped text, each excerpt
 * followed by its citation. The same answer the Discord face renders as embeds.
 */
export function renderText(answer: Answer, width = 80): string {
  switch (answer.kind) {
    case 'error':
      return answer.error.message;
    case 'sources':
      return [
        `${answer.documents.length} document${answer.documents.length === 1 ? '' : 's'} in the corpus:`,
        ...answer.documents.map((d) =>
          wrap(`• ${d.outlet}, ${d.published}: ${d.title} — id ${d.id}, ${d.paragraphs} paragraphs${d.url ? `, ${d.url}` : ''}`, width),
        ),
      ].join('\n');
    case 'passage':
      return excerpt(answer.text, answer.citation, width);
    case 'ask':
      if (!answer.answered) {
        return wrap(`Nothing in the sources answers "${answer.query}". Try other words, or /sources to see what the corpus covers.`, width);
      }
      return answer.results
        .map((r, i) =>
          r.highlight === r.text
            ? `${i + 1}.\n${excerpt(r.text, r.citation, width)}`
            : `${i + 1}. ${wrap(r.highlight, width, '   ').trimStart()}\n   In full:\n${excerpt(r.text, r.citation, width)}`,
        )
        .join('\n\n');
    case 'who-said': {
      const parts: string[] = [];
      const across = answer.acrossQuotes ?? [];
      const different = answer.matches.filter((m) => m.verdict === 'different').length;
      if (different > 0) {
        parts.push(
          wrap(
            // The words themselves may stand in the text across a quotation mark: then the sources do say them.
            different === answer.matches.length && across.length === 0
              ? 'The sources do not say that: the closest quotes say something different (the words that differ are between asterisks).'
              : 'Some quotes below say something different from the claim (the words that differ are between asterisks).',
            width,
          ),
        );
      }
      if (answer.claimedSpeaker && answer.matches.length > 0 && !answer.matches.some((m) => m.speakerMatches === true)) {
        parts.push(wrap(`No quote of ${answer.claimedSpeaker} in the sources holds these words.`, width));
      }
      // The claim's own words, across a quotation mark, before quotes holding only close wording.
      for (const a of across) parts.push(`${wrap(acrossQuotesLead(a, { quoted: (w) => `“${w}”`, name: (s) => s }), width)}\n${excerpt(a.text, a.citation, width)}`);
      for (const m of answer.matches) {
        const who = m.speaker ? `${m.speaker}${m.role && !m.speaker.includes(m.role) ? `, ${m.role}` : ''}` : 'an unattributed quote';
        const how = m.verdict === 'different' ? 'said something different:' : m.match === 'exact' ? 'said' : 'said (close wording)';
        const not = m.speakerMatches === false && answer.claimedSpeaker ? `Not ${answer.claimedSpeaker} but ` : '';
        const diffs = m.verdict === 'different' ? `\n${m.differences.map((d) => wrap(differenceLine(d), width, '  ')).join('\n')}` : '';
        parts.push(`${wrap(`${not}${who} ${how} “${markDifferences(m.quote, m.differences)}”:`, width)}\n${excerpt(m.sentence, m.citation, width)}${diffs}`);
      }
      if (answer.narration.length > 0) {
        parts.push(wrap(`These words appear outside any quote: they are the reporter's words, not a speaker's.`, width));
        for (const n of answer.narration) parts.push(excerpt(n.text, n.citation, width));
      }
      if (parts.length === 0) return wrap(`Nobody in the sources said "${answer.query}", and the words do not appear in them.`, width);
      return parts.join('\n\n');
    }
    case 'quotes':
      if (answer.speaker === null) {
        const hint = answer.suggestions.length ? ` Did you mean ${answer.suggestions.join(', ')}?` : ' /speakers lists everyone quoted.';
        return wrap(`No speaker called "${answer.query}" is quoted in the sources.${hint}`, width);
      }
      return [
        wrap(`${answer.quotes.length} quote${answer.quotes.length === 1 ? '' : 's'} of ${answer.speaker}${answer.role ? `, ${answer.role}` : ''}:`, width),
        ...answer.quotes.map((q) => `${wrap(`“${q.quote}”${q.partial ? ' (partial), in:' : ', in:'}`, width, '  ')}\n${excerpt(q.sentence, q.citation, width)}`),
      ].join('\n\n');
    case 'speakers':
      if (answer.speakers.length === 0) return 'Nobody is quoted in the sources.';
      return answer.speakers
        .map((s) =>
          wrap(
            `• ${s.name}${s.role ? ` (${s.role})` : ''}: ${s.quotes} quote${s.quotes === 1 ? '' : 's'}${s.aliases.length ? `; also ${s.aliases.join(', ')}` : ''}`,
            width,
          ),
        )
        .join('\n');
    case 'timeline':
      if (answer.events.length === 0) return 'No dated events match. Try a wider period, another topic, or no filter.';
      return answer.events
        .map((e) => {
          const when = `${e.qualifier ? `${e.qualifier} ` : ''}${e.date} (“${e.expression}”)`;
          const also = e.also.map((a) => `\n${wrap(`also: ${citationLine(a.citation).slice(2)}`, width, '    ')}`).join('');
          return `${when}\n${excerpt(e.sentence, e.citation, width)}${also}`;
        })
        .join('\n\n');
    case 'summary':
      if (answer.sentences.length === 0) {
        return wrap(`Nothing in the sources is about "${answer.topic ?? ''}". Try other words, or no topic.`, width);
      }
      return answer.sentences
        .map((s) => {
          const outlets = new Map<string, number[]>();
          for (const a of s.also ?? []) outlets.set(a.citation.outlet, [...(outlets.get(a.citation.outlet) ?? []), a.citation.paragraph]);
          const named = [...outlets].map(([outlet, ps]) => `${outlet} ${ps.map((p) => `¶${p}`).join(' ')}`);
          const also = named.length ? `\n${wrap(`also: ${named.join(', ')}`, width, '    ')}` : '';
          return `${excerpt(s.sentence, s.citation, width)}${also}`;
        })
        .join('\n');
    case 'ingest':
      return renderIngest(answer, width);
    case 'removed':
      return wrap(
        `Removed "${answer.document.title}" (${answer.document.id}): moved to ${answer.movedTo} in the corpus folder. ${liveNote(answer.live, 'The bot no longer answers from it.', 'The bot stops answering from it once the corpus reloads.')} To undo, move the file back into the corpus folder.`,
        width,
      );
    case 'help':
      return [
        'Commands (type them as in Discord; options as `name: value`):',
        ...answer.commands.map((c) => `${wrap(`${c.usage}`, width, '  ')}\n${wrap(c.description, width, '      ')}\n${wrap(`e.g. ${c.example}`, width, '      ')}`),
      ].join('\n');
  }
}

function liveNote(live: boolean | undefined, now: string, later: string): string {
  return live === undefined ? '' : live ? now : later;
}

function renderIngest(a: Extract<Answer, { kind: 'ingest' }>, width: number): string {
  const d = a.document;
  const from = { meta: 'the page', 'json-ld': 'the page', time: 'the page', dateline: 'the dateline', option: '--published' }[a.publishedFrom] ?? a.publishedFrom;
  const head = a.written
    ? `Added "${d.title}" (${d.outlet}, ${d.published}) as document "${d.id}" (${d.file}).`
    : `Already in the corpus: "${d.title}" is document "${d.id}" (${d.file}); nothing was written.`;
  const lines = [
    wrap(head, width),
    wrap(`${d.paragraphs} paragraphs · ${a.quotes} quote${a.quotes === 1 ? '' : 's'} found · ${a.events} dated event${a.events === 1 ? '' : 's'} found · date from ${from}`, width, '  '),
  ];
  if (d.url) lines.push(wrap(`url: ${d.url}`, width, '  '));
  if (d.byline) lines.push(wrap(`byline: ${d.byline}`, width, '  '));
  if (a.replaced) lines.push(wrap(`Replaced document "${a.replaced}"${a.replaced === d.id ? '' : ' (its file moved to .removed/)'}.`, width, '  '));
  const live = liveNote(a.live, 'Live now: answers include it.', 'It will be live once the corpus reloads (a few seconds).');
  if (live) lines.push(wrap(live, width, '  '));
  // From a page, Readability and the furniture boxes take out menus, ads and captions before any line is
  // looked at: only the lines dropped after that can be listed.
  if (a.source !== 'text') lines.push('Only the article was kept from the page (menus, ads, captions and other boxes left out).');
  if (a.dropped.length) lines.push(`Left out ${a.dropped.length} line(s) of page furniture:\n${a.dropped.map((x) => `  - ${x}`).join('\n')}`);
  else if (a.source === 'text') lines.push('Nothing was left out.');
  return lines.join('\n');
}
