// Rendering of the quote answers: who said it (with the words that differ from the claim), a speaker's
// quotes, the speakers.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { DIFFERENCE_LABELS as DIFFERENCE_KIND } from '../../quotes/difference-labels.ts';
import { COLOR, LIMITS, type RenderContext, type RenderedMessage } from './limits.ts';
import { CUT, boldWithin, citationLine, echo, escapeFit, escapeText, findKey, quoted, truncate } from './text.ts';
import { buttons, itemBudget, message, pageFooter, pageOf } from './message.ts';
import type { AcrossQuotes, QuotesAnswer, SpeakersAnswer, WhoSaidAnswer, WhoSaidMatch, WordDifference } from '../../types.ts';
import { acrossQuotesLead } from '../../quotes/across-quotes-wording.ts';

function speakerLabel(speaker: string | null, role: string | null): string {
  const who = speaker ? escapeFit(speaker, 120) : 'Unattributed';
  return role ? `${who}, ${escapeFit(role, 120)}` : who;
}

/** A quote in bold inside the sentence it stands in, when the sentence is known. */
function quoteInSentence(quote: string, sentence: string | undefined, n: number): string {
  if (sentence && findKey(sentence, quote) >= 0) return boldWithin(sentence, quote, n);
  return quoted(boldWithin(quote, quote, n - 2));
}

/**
 * Corpus text with the given ranges of it in bold (verbatim, escaped), within n characters: whole when it
 * fits, else a stretch around the first range, cut on words and marked with "…".
 */
export function markWithin(text: string, ranges: readonly (readonly [number, number])[], n: number): string {
  const marks = ranges.filter(([a, b]) => a >= 0 && b > a && b <= text.length).sort((x, y) => x[0] - y[0]);
  const build = (ws: number, we: number): string => {
    let out = ws > 0 ? '… ' : '';
    let at = ws;
    for (const [a, b] of marks) {
      const from = Math.max(a, ws, at);
      const to = Math.min(b, we);
      if (to <= from) continue;
      out += `${escapeText(text.slice(at, from))}**${escapeText(text.slice(from, to))}**`;
      at = to;
    }
    out += escapeText(text.slice(at, we));
    return we < text.length ? `${out.trimEnd()}${CUT}` : out;
  };
  if (text.length <= n * 2) {
    const whole = build(0, text.length);
    if (whole.length <= n) return whole;
  }
  const first = marks[0];
  if (!first) return escapeFit(text, n);
  for (let half = Math.floor(n / 2); half >= 8; half = Math.floor(half * 0.7)) {
    const ws = wordStart(text, Math.max(0, first[0] - half));
    const we = wordEnd(text, Math.min(text.length, first[1] + half));
    const part = build(ws, we);
    if (part.length <= n) return part;
  }
  return boldWithin(text, text.slice(first[0], first[1]), n);
}

/** The start of the word at or after i (0 stays 0). */
function wordStart(text: string, i: number): number {
  if (i <= 0) return 0;
  const space = text.slice(i).search(/\s/u);
  return space < 0 ? i : i + space + 1;
}

/** The end of the word at or before i (the text's end stays the end). */
function wordEnd(text: string, i: number): number {
  if (i >= text.length) return text.length;
  const before = text.slice(0, i);
  const space = before.search(/\s\S*$/u);
  return space < 0 ? i : space;
}

/** A quote inside its sentence with the words that differ from the claim in bold (the quote alone when the sentence is unknown). */
function quoteMarkedInSentence(m: WhoSaidMatch, n: number): string {
  const ranges = m.differences.filter((d) => d.quoteEnd > d.quoteStart).map((d) => [d.quoteStart, d.quoteEnd] as const);
  // Only words the claim adds ("not"): no word of the quote differs; the quote is shown as any other.
  if (ranges.length === 0) return quoteInSentence(m.quote, m.sentence, n);
  const at = m.sentence ? findKey(m.sentence, m.quote) : -1;
  if (at >= 0) return markWithin(m.sentence, ranges.map(([a, b]) => [a + at, b + at] as const), n);
  return quoted(markWithin(m.quote, ranges, n - 2));
}

/** One line per difference: what the source says where the claim says something else (typed words escaped). */
function differenceLines(m: WhoSaidMatch, n: number): string {
  const lines = m.differences.map((d) => {
    const kind = DIFFERENCE_KIND[d.kind];
    if (!d.quote) return `The claim adds ${quoted(escapeFit(d.claim, 80))} (${kind}), which the source does not have.`;
    if (!d.claim) return `The claim leaves out ${quoted(escapeFit(d.quote, 80))} (${kind}).`;
    return `The source says ${quoted(escapeFit(d.quote, 80))} where the claim says ${quoted(escapeFit(d.claim, 80))} (${kind}).`;
  });
  return truncate(lines.join('\n'), n);
}

/** A sentence holding the claim's words across quotation marks: whose quote they run into, the sentence with the words in bold. */
function acrossField(h: AcrossQuotes, per: number): APIEmbedField {
  const cite = citationLine(h.citation);
  const lead = acrossQuotesLead(h, { quoted: (w) => quoted(escapeFit(w, 80)), name: (s) => escapeFit(s, 80) });
  return { name: truncate(lead.replace(/:$/u, ''), LIMITS.fieldName), value: `${boldWithin(h.text, h.words, per - cite.length - 1)}\n${cite}` };
}

const ACROSS_NOTE = 'No quote holds all of these words, but they appear in the text across quotation marks:';

export function renderWhoSaid(a: WhoSaidAnswer, ctx: RenderContext): RenderedMessage {
  const title = truncate(`Who said ${echo(a.query)}?`, LIMITS.title);
  const acrossAll = a.acrossQuotes ?? [];
  if (a.matches.length > 0) {
    // The claim's own words, across a quotation mark, before quotes holding only close wording.
    const across = acrossAll.slice(0, LIMITS.fields - 1);
    const matches = a.matches.slice(0, LIMITS.fields - across.length);
    const per = itemBudget(matches.length + across.length, LIMITS.fieldValue, 60);
    const fields: APIEmbedField[] = matches.map((m) => {
      const cite = citationLine(m.citation);
      const different = m.verdict === 'different';
      const tag = different ? ' (says something different)' : m.match === 'close' ? ' (close wording)' : '';
      const notNamed = m.speakerMatches === false && a.claimedSpeaker ? `Not ${escapeFit(a.claimedSpeaker, 60)} but ` : '';
      if (!different) {
        return {
          name: truncate(`${notNamed}${speakerLabel(m.speaker, m.role)}${tag}`, LIMITS.fieldName),
          value: `${quoteInSentence(m.quote, m.sentence, per - cite.length - 1)}\n${cite}`,
        };
      }
      const diff = differenceLines(m, Math.floor((per - cite.length) / 3));
      return {
        name: truncate(`${notNamed}${speakerLabel(m.speaker, m.role)}${tag}`, LIMITS.fieldName),
        value: `${quoteMarkedInSentence(m, per - cite.length - diff.length - 2)}\n${diff}\n${cite}`,
      };
    });
    fields.unshift(...across.map((h) => acrossField(h, per)));
    const notes: string[] = [];
    if (matches.every((m) => m.verdict === 'different') && across.length > 0) {
      // The words themselves stand in the text, across a quotation mark: the sources do say them.
      notes.push('The words themselves appear in the text across quotation marks (first below); the closest quotes say something different (the words that differ are in bold).');
    } else if (matches.every((m) => m.verdict === 'different')) {
      notes.push('The sources do not say that: the closest quotes say something different (the words that differ are in bold).');
    } else if (matches.some((m) => m.verdict === 'different')) {
      notes.push('Some quotes below say something different from the claim (the words that differ are in bold).');
    }
    if (a.claimedSpeaker && !matches.some((m) => m.speakerMatches === true)) {
      notes.push(`No quote of ${escapeFit(a.claimedSpeaker, 100)} in the sources holds these words.`);
    }
    const embed: APIEmbed = { title, fields, color: COLOR };
    if (notes.length) embed.description = notes.join('\n');
    return message([embed], buttons(ctx, null, true), true);
  }
  if (a.narration.length > 0 || acrossAll.length > 0) {
    const items = a.narration.slice(0, LIMITS.fields);
    const across = acrossAll.slice(0, LIMITS.fields - items.length);
    const per = itemBudget(items.length + across.length, LIMITS.fieldValue, 60);
    const fields: APIEmbedField[] = items.map((n, i) => {
      const cite = citationLine(n.citation);
      return { name: `Passage ${i + 1}`, value: `${boldWithin(n.text, a.query, per - cite.length - 1)}\n${cite}` };
    });
    fields.push(...across.map((h) => acrossField(h, per)));
    const description = [
      ...(items.length ? ['Nobody in the sources is quoted saying that, but the words appear in the reporting itself:'] : []),
      ...(across.length ? [ACROSS_NOTE] : []),
    ].join('\n');
    return message(
      [
        {
          title,
          description,
          fields,
          color: COLOR,
        },
      ],
      buttons(ctx, null, true),
      true,
    );
  }
  return message(
    [
      {
        title,
        description: `Nobody in the sources said ${echo(a.query, 300)}: I checked every quote and every sentence of the reporting.\nCheck the wording, try /ask with the same words, or /quotes with a speaker's name to read what they said.`,
        color: COLOR,
      },
    ],
    buttons(ctx, null, false),
    true,
  );
}

export function renderQuotes(a: QuotesAnswer, ctx: RenderContext): RenderedMessage {
  if (!a.speaker) {
    const names = a.suggestions.slice(0, 5).map((s) => `**${escapeFit(s, 100)}**`);
    const first = a.suggestions[0];
    const next = names.length
      ? `Did you mean ${names.join(', ')}? Try /quotes speaker: ${escapeFit(first ?? '', 100)}`
      : 'Start typing a name in the speaker option to see who is quoted, or use /who-said to find a quote by its words.';
    return message(
      [{ title: 'Nobody by that name', description: `No speaker called ${echo(a.query)} is quoted in the sources.\n${next}`, color: COLOR }],
      [],
      true,
    );
  }
  const title = truncate(`Quotes of ${speakerLabel(a.speaker, a.role)}`, LIMITS.title);
  if (a.quotes.length === 0) {
    return message(
      [{ title, description: `${escapeFit(a.speaker, 200)} appears in the sources but is not quoted.\nTry /ask with their name to see the passages about them.`, color: COLOR }],
      [],
      true,
    );
  }
  const page = pageOf(a.quotes, ctx.page);
  const per = itemBudget(page.items.length, LIMITS.fieldValue, 40);
  const fields = page.items.map((q, i) => {
    const cite = citationLine(q.citation);
    return {
      name: `${page.first + i + 1}.${q.partial ? ' (partial quote)' : ''}${q.role && q.role !== a.role ? ` as ${escapeFit(q.role, 150)}` : ''}`,
      value: `${quoteInSentence(q.quote, q.sentence, per - cite.length - 1)}\n${cite}`,
    };
  });
  return message([{ title, fields, color: COLOR, footer: { text: pageFooter(page, a.quotes.length, 'quotes') } }], buttons(ctx, page, true), true);
}

export function renderSpeakers(a: SpeakersAnswer, ctx: RenderContext): RenderedMessage {
  const page = pageOf(a.speakers, ctx.page);
  const fields = page.items.map((s) => ({
    name: truncate(speakerLabel(s.name, s.role), LIMITS.fieldName),
    value: truncate(
      `${s.quotes} quote${s.quotes === 1 ? '' : 's'}${s.aliases.length ? ` · also: ${s.aliases.slice(0, 20).map((x) => escapeFit(x, 60)).join(', ')}` : ''}`,
      LIMITS.fieldValue,
    ),
  }));
  return message(
    [{ title: 'Speakers quoted in the sources', fields, description: fields.length ? undefined : 'Nobody is quoted in the sources.', color: COLOR, footer: { text: pageFooter(page, a.speakers.length, 'speakers') } }],
    buttons(ctx, page, true),
    true,
  );
}
