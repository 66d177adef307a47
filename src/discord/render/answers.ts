// Rendering of the other answers: ask, timeline, summary, sources, help, ingest, removed, errors.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { COLOR, ERROR_COLOR, LIMITS, type RenderContext, type RenderedMessage } from './limits.ts';
import { boldWithin, citationLine, echo, escapeFit, escapeMessage, link, neutraliseMentions, truncate } from './text.ts';
import { buttons, itemBudget, message, pageFooter, pageOf } from './message.ts';
import type { AskAnswer, ErrorAnswer, HelpAnswer, IngestAnswer, RemovedAnswer, SourcesAnswer, SummaryAnswer, TimelineAnswer } from '../../types.ts';

export function renderAsk(a: AskAnswer, ctx: RenderContext): RenderedMessage {
  const heading = `Sources for ${echo(a.query)}`;
  if (!a.answered || a.results.length === 0) {
    return message(
      [
        {
          title: truncate('Not in the sources', LIMITS.title),
          description: `I searched every passage of the sources for ${echo(a.query, 300)} and found nothing that answers it.\nTry other words (a name, a place, a date), or see what the sources cover with /sources.`,
          color: COLOR,
        },
      ],
      buttons(ctx, null, false),
      true,
    );
  }
  const results = a.results.slice(0, LIMITS.embeds);
  const per = itemBudget(results.length, LIMITS.description, 300);
  const embeds = results.map((r, i): APIEmbed => {
    const cite = citationLine(r.citation);
    return {
      title: truncate(i === 0 ? heading : escapeFit(r.citation.title, LIMITS.title), LIMITS.title),
      description: `${boldWithin(r.text, r.highlight, per - cite.length - 2)}\n\n${cite}`,
      color: COLOR,
      footer: i === results.length - 1 ? { text: `${results.length} passage${results.length === 1 ? '' : 's'} · the key sentence is in bold` } : undefined,
    };
  });
  return message(embeds, buttons(ctx, null, true), true);
}

function filtersText(f: TimelineAnswer['filters']): string {
  const parts: string[] = [];
  if (f.from) parts.push(`from ${echo(f.from, 20)}`);
  if (f.to) parts.push(`to ${echo(f.to, 20)}`);
  if (f.topic) parts.push(`about ${echo(f.topic, 100)}`);
  if (f.source) parts.push(`in ${echo(f.source, 100)}`);
  return parts.join(', ');
}

export function renderTimeline(a: TimelineAnswer, ctx: RenderContext): RenderedMessage {
  const filters = filtersText(a.filters);
  const title = truncate(`Timeline${filters ? ` ${filters}` : ''}`, LIMITS.title);
  if (a.events.length === 0) {
    return message(
      [
        {
          title,
          description: `No dated events in the sources${filters ? ` ${filters}` : ''}.\nTry a wider from/to period, another topic or no filters; /sources lists the document ids.`,
          color: COLOR,
        },
      ],
      [],
      true,
    );
  }
  const page = pageOf(a.events, ctx.page);
  const per = itemBudget(page.items.length, LIMITS.fieldValue, 60);
  const fields = page.items.map((e) => {
    const cite = citationLine(e.citation);
    const also = e.also.length
      ? `\nAlso reported by: ${e.also
          .slice(0, 5)
          .map((x) => `${escapeFit(x.citation.outlet, 60)} (${escapeFit(x.citation.published, 20)}, ¶${x.citation.paragraph})`)
          .join(', ')}${e.also.length > 5 ? ` and ${e.also.length - 5} more` : ''}`
      : '';
    const tail = `\n${cite}${truncate(also, 200)}`;
    const qualifier = e.qualifier ? `${e.qualifier} ` : '';
    return {
      name: truncate(`${qualifier}${escapeFit(e.date, 40)} · ${escapeFit(e.expression, 150)}`, LIMITS.fieldName),
      value: `${boldWithin(e.sentence, e.expression, per - tail.length)}${tail}`,
    };
  });
  return message([{ title, fields, color: COLOR, footer: { text: pageFooter(page, a.events.length, 'events') } }], buttons(ctx, page, true), true);
}

export function renderSummary(a: SummaryAnswer, ctx: RenderContext): RenderedMessage {
  const scope = [a.topic ? `about ${echo(a.topic, 100)}` : '', a.source ? `of ${echo(a.source, 100)}` : ''].filter(Boolean).join(' ');
  const title = truncate(`Summary${scope ? ` ${scope}` : ''} (${a.length})`, LIMITS.title);
  if (a.sentences.length === 0) {
    return message(
      [{ title, description: `Nothing to summarise${scope ? ` ${scope}` : ''}.\nTry without a topic, or pick a document from /sources.`, color: COLOR }],
      [],
      true,
    );
  }
  const items = a.sentences.slice(0, 40);
  const per = Math.floor((LIMITS.description - 100) / items.length);
  const lines = items.map((s, i) => {
    // Who else reports the same fact, one outlet once with its paragraphs ("DW ¶1 ¶4"); the first thing
    // to go when the sentence needs the room.
    const outlets = new Map<string, number[]>();
    for (const x of s.also ?? []) outlets.set(x.citation.outlet, [...(outlets.get(x.citation.outlet) ?? []), x.citation.paragraph]);
    const named = [...outlets].slice(0, 5).map(([outlet, ps]) => `${escapeFit(outlet, 40)} ${ps.map((p) => `¶${p}`).join(' ')}`);
    const credit = outlets.size
      ? truncate(`\nAlso: ${named.join(', ')}${outlets.size > 5 ? ` and ${outlets.size - 5} more` : ''}`, Math.max(0, Math.min(160, per - 80)))
      : '';
    const cite = `${citationLine(s.citation)}${credit}`;
    return `${i + 1}\\. ${escapeFit(s.sentence, Math.max(40, per - cite.length - 8))}\n${cite}`;
  });
  const across = items.some((s) => s.citation.doc !== items[0]!.citation.doc);
  const order = across ? 'most widely reported first, dated events in date order' : 'in reading order';
  return message([{ title, description: lines.join('\n\n'), color: COLOR, footer: { text: `${items.length} sentences from the sources, ${order}` } }], buttons(ctx, null, true), true);
}

export function renderSources(a: SourcesAnswer, ctx: RenderContext): RenderedMessage {
  const page = pageOf(a.documents, ctx.page);
  const fields = page.items.map((d) => {
    const url = link(d.url);
    return {
      name: escapeFit(d.title, LIMITS.fieldName),
      value: truncate(`${escapeFit(d.outlet, 150)}, ${escapeFit(d.published, 20)} · id \`${neutraliseMentions(d.id.slice(0, 100).replace(/`/g, ''))}\` · ${d.paragraphs} paragraphs${url ? `\n${url}` : ''}`, LIMITS.fieldValue),
    };
  });
  return message(
    [
      {
        title: 'Sources',
        description: fields.length ? 'Every answer quotes these articles. Use an id with the `source` option of /timeline or /summary.' : 'The corpus is empty: there is nothing to answer from yet.',
        fields,
        color: COLOR,
        footer: { text: pageFooter(page, a.documents.length, 'documents') },
      },
    ],
    buttons(ctx, page, fields.length > 0),
    true,
  );
}

export function renderHelp(a: HelpAnswer, ctx: RenderContext): RenderedMessage {
  const code = (s: string) => (s.trim() ? `\`${neutraliseMentions(s.replace(/`/g, 'ˋ'))}\`` : '');
  const fields = a.commands.slice(0, LIMITS.fields).map((c) => ({
    name: truncate(/^[-_\p{Ll}\p{N}]+$/u.test(c.name) ? `/${c.name}` : `${escapeFit(c.name, 100)} (Apps menu on a message)`, LIMITS.fieldName),
    value: truncate(`${escapeFit(c.description, 400)}\n${code(c.usage.slice(0, 300))}\nExample: ${code(c.example.slice(0, 300))}`, LIMITS.fieldValue),
  }));
  return message(
    [{ title: 'What I can do', description: 'Every answer quotes the sources verbatim, with outlet, date and paragraph. Answers are private; Share posts one to the channel.', fields, color: COLOR }],
    buttons(ctx, null, false),
    true,
  );
}

function liveLine(live: boolean | undefined, now: string, later: string): string {
  return live === undefined ? '' : `\n\n${live ? now : later}`;
}

export function renderIngest(a: IngestAnswer): RenderedMessage {
  const d = a.document;
  const url = link(d.url);
  const id = `\`${neutraliseMentions(d.id.slice(0, 100).replace(/`/g, ''))}\``;
  const description =
    `**${escapeFit(d.title, 300)}**\n${escapeFit(d.outlet, 150)}, ${escapeFit(d.published, 20)}${url ? ` · ${url}` : ''}` +
    (a.replaced && a.replaced !== d.id ? `\n\nReplaced \`${neutraliseMentions(a.replaced.slice(0, 100).replace(/`/g, ''))}\` (its file is in \`.removed/\`).` : '') +
    liveLine(a.live, 'Live now: /ask and the other commands answer from it.', 'It will be live once the corpus reloads (a few seconds).') +
    (a.dropped.length ? `\n\nLeft out: ${a.dropped.slice(0, 10).map((x) => escapeFit(x, 80)).join(' · ')}` : '');
  const fields = [
    { name: 'Id', value: id, inline: true },
    { name: 'Paragraphs', value: String(d.paragraphs), inline: true },
    { name: 'Quotes found', value: String(a.quotes), inline: true },
    { name: 'Dated events', value: String(a.events), inline: true },
  ];
  return message([{ title: a.written ? 'Article added' : 'Already in the corpus', description: truncate(description, LIMITS.description), fields, color: COLOR }], [], true);
}

export function renderRemoved(a: RemovedAnswer): RenderedMessage {
  const d = a.document;
  const description =
    `**${escapeFit(d.title, 300)}**${d.outlet ? `\n${escapeFit(d.outlet, 150)}, ${escapeFit(d.published, 20)}` : ''} · id \`${neutraliseMentions(d.id.slice(0, 100).replace(/`/g, ''))}\`` +
    `\n\nThe file was moved to \`${escapeFit(a.movedTo.replace(/`/g, ''), 200)}\` in the corpus folder; to undo, move it back into the corpus folder.` +
    liveLine(a.live, 'Answers no longer use it.', 'Answers stop using it once the corpus reloads (a few seconds).');
  return message([{ title: 'Article removed', description: truncate(description, LIMITS.description), color: COLOR }], [], true);
}

export function renderError(a: ErrorAnswer): RenderedMessage {
  return message([{ title: 'I can’t answer that', description: truncate(escapeMessage(a.error.message.slice(0, LIMITS.description)), LIMITS.description), color: ERROR_COLOR }], [], true);
}
