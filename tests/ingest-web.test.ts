/**
 * Adding articles from web pages: extraction from pages written for these tests in the shapes news sites
 * use, every refusal of the fetcher, duplicates, and the command line's `ingest <url>` and its JSON.
 */
import { lookup } from 'node:dns/promises';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.ts';
import { addArticle, type AddOptions } from '../src/corpus/add-article.ts';
import { checkPublicHost, nonPublicReason } from '../src/corpus/address.ts';
import { fetchPage, USER_AGENT } from '../src/corpus/fetch-page.ts';
import { IngestError } from '../src/corpus/ingest-error.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { PAGES_DIR, startPageServer, type PageServer } from './helpers/page-server.ts';

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(async () => {
  await server?.close();
});

const tempDir = () => mkdtempSync(join(tmpdir(), 'ingest-web-'));
const allow = { allowPrivate: true };

function add(path: string, out: string, options: Partial<AddOptions> = {}) {
  return addArticle(server.url(path), { out, limits: allow, ...options });
}

async function refusal(run: () => Promise<unknown>): Promise<IngestError> {
  try {
    await run();
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    return e as IngestError;
  }
  throw new Error('expected an IngestError');
}

describe('extracting the article from news-site pages', () => {
  it('a wire story with JSON-LD: headline, publisher, datePublished, canonical URL, byline; the figure caption left out', async () => {
    const out = tempDir();
    const a = await add('/pages/wire.html', out);
    expect(a.document).toMatchObject({
      id: 'leaders-agree-on-rail-link-after-talks-at-northern-port',
      title: 'Leaders agree on rail link after talks at northern port',
      outlet: 'Harbour Wire',
      published: '2023-09-13',
      url: 'https://wire.example.com/world/leaders-agree-rail-link-2023-09-13/',
      byline: 'Mara Ellison',
      paragraphs: 6,
    });
    expect(a.publishedFrom).toBe('json-ld');
    const [doc] = loadCorpus(out);
    expect(doc?.paragraphs[0]).toMatch(/^NORTH HARBOUR, Sept 13 \(Harbour Wire\) - The leaders/);
    expect(doc?.paragraphs.join('\n')).not.toMatch(/Cranes stand idle|Reporting by|All rights reserved|Home/);
    // "We have opened a new road..." one leader told reporters; "...never built," said Ilse Varga.
    expect(a.quotes).toBeGreaterThanOrEqual(2);
    // March 2019, 2027, 2024 at least.
    expect(a.events).toBeGreaterThanOrEqual(2);
    expect(server.requests.at(-1)?.userAgent).toBe(USER_AGENT);
  });

  it('a state-media page with no metadata: the headline from the heading, date and agency from the dateline', async () => {
    const a = await add('/pages/state-media.html', tempDir());
    expect(a.document).toMatchObject({ title: 'Respected Leader Visits Eastern Launch Complex', outlet: 'Central Agency', published: '2023-09-14', paragraphs: 5 });
    expect(a.publishedFrom).toBe('dateline');
    // No canonical link: the address it was fetched from.
    expect(a.document.url).toBe(server.url('/pages/state-media.html'));
  });

  it('a dateline without a year gives no date: --published is asked for, and then accepted', async () => {
    const out = tempDir();
    const page = readFileSync(join(PAGES_DIR, 'state-media.html'), 'utf8').replace('September 14, 2023 (Central Agency)', 'September 14 (Central Agency)');
    server.override('/undated', page);
    const e = await refusal(() => add('/undated', out));
    expect(e.code).toBe('bad_input');
    expect(e.message).toMatch(/does not say when it was published.*--published/);
    expect(readdirSync(out)).toEqual([]);
    const a = await add('/undated', out, { published: '2023-09-14' });
    expect(a.document.published).toBe('2023-09-14');
    expect(a.publishedFrom).toBe('option');
  });

  it('a live blog: every entry, time stamps left out, outlet from og:site_name, date from JSON-LD in an @graph', async () => {
    const a = await add('/pages/liveblog.html', tempDir());
    expect(a.document).toMatchObject({ title: 'Summit live: talks end after five hours', outlet: 'The Morning Ledger', published: '2023-09-13', url: 'https://ledger.example.org/live/summit-talks' });
    expect(a.dropped).toEqual(expect.arrayContaining(['15:40 BST', '13:15 BST', '09:05 BST']));
    expect(a.document.paragraphs).toBeGreaterThanOrEqual(5);
  });

  it('a page with heavy furniture: only the story (no share bar, ads, newsletter, related, most read, comments, cookies)', async () => {
    const out = tempDir();
    const a = await add('/pages/furniture.html', out);
    expect(a.document).toMatchObject({ outlet: 'Coastal Daily', published: '2023-09-12', byline: 'Petra Lind', paragraphs: 5 });
    expect(a.publishedFrom).toBe('meta');
    const text = loadCorpus(out)[0]!.paragraphs.join('\n');
    for (const furniture of ['Share on', 'Advertisement', 'newsletter', 'Sign up', 'Related', 'Harbour traffic', 'Most read', 'Storm closes', 'comment', 'cookies', 'Photo: Coastal Daily', 'Tags']) {
      expect(text).not.toContain(furniture);
    }
    expect(text).toContain('"Nobody has told us for how long," said one');
  });

  it('furniture words in the class of the article\'s own container do not throw the article away', async () => {
    const page = readFileSync(join(PAGES_DIR, 'furniture.html'), 'utf8').replace('<div class="story-body">', '<div class="story-body has-comments ad-free">');
    server.override('/container', page);
    const a = await add('/container', tempDir());
    expect(a.document.paragraphs).toBe(5);
  });

  it('an AMP page: the canonical (non-AMP) address, no AMP furniture', async () => {
    const a = await add('/pages/amp.html', tempDir());
    expect(a.document).toMatchObject({ title: 'Train crosses border ahead of talks', outlet: 'Northern Times', published: '2023-09-12', url: 'https://news.example.com/world/train-crosses-border', byline: 'Oleg Marten', paragraphs: 4 });
  });

  it('a short story in <br>-separated text with the site name in its <title>', async () => {
    server.override(
      '/brief',
      `<html><head><title>Talks end | Daily Star</title><meta property="og:site_name" content="Daily Star"><meta property="article:published_time" content="2023-09-13T22:00:00Z"></head>
<body><div id="menu"><a href="/">Home</a> <a href="/world">World</a></div><div class="article_txt">The talks ended after five hours on Wednesday, officials said, with no statement.<br><br>Both leaders toured the launch site before the meeting, according to state television, which showed them walking past rockets.<br><br>"It was a good meeting," one official told reporters outside the hall, without giving details of what was said.<br><br>The next round of talks has not been scheduled, a spokesman said on Thursday.</div></body></html>`,
    );
    const a = await add('/brief', tempDir());
    expect(a.document).toMatchObject({ title: 'Talks end', outlet: 'Daily Star', published: '2023-09-13', paragraphs: 4 });
  });

  it('the language is the page\'s own (<html lang>), English when it says none', async () => {
    server.override('/lang', readFileSync(join(PAGES_DIR, 'wire.html'), 'utf8').replace('<html lang="en">', '<html lang="ko-KR">'));
    const out = tempDir();
    await add('/lang', out);
    await add('/pages/state-media.html', out);
    expect(loadCorpus(out).map((d) => d.language).sort()).toEqual(['en', 'ko']);
  });

  it('a page whose charset only its <meta> names is read in that charset', async () => {
    const out = tempDir();
    await add('/latin1', out);
    expect(loadCorpus(out)[0]?.paragraphs[0]).toContain('A green armoured train from the café district');
  });

  it('a page that is not an article is refused and nothing is written', async () => {
    const out = tempDir();
    const e = await refusal(() => add('/pages/not-article.html', out));
    expect(e.code).toBe('not_article');
    expect(readdirSync(out)).toEqual([]);
  });

  it('flags override what the page says', async () => {
    const a = await add('/pages/wire.html', tempDir(), { title: 'Rail link agreed', outlet: 'Another Wire', published: '2023-09-20', url: 'https://other.example/story', id: 'rail-link' });
    expect(a.document).toMatchObject({ id: 'rail-link', title: 'Rail link agreed', outlet: 'Another Wire', published: '2023-09-20', url: 'https://other.example/story' });
  });

  it('a saved page (file.html) is read like a fetched one', async () => {
    const out = tempDir();
    const a = await addArticle(join(PAGES_DIR, 'amp.html'), { out });
    expect(a.source).toBe('html');
    expect(a.document).toMatchObject({ outlet: 'Northern Times', published: '2023-09-12', url: 'https://news.example.com/world/train-crosses-border' });
  });
});

describe('refusing pages, with the reason, and writing nothing', () => {
  const cases: [string, string, string, RegExp, Parameters<typeof fetchPage>[1]?][] = [
    ['a private address without INGEST_ALLOW_PRIVATE', '/pages/wire.html', 'not_public', /127\.0\.0\.1, a loopback address/, { allowPrivate: false }],
    ['a page declared bigger than 5 MB', '/big-declared', 'too_big', /more than the 5242880 bytes/],
    ['a page that turns out bigger than 5 MB', '/big-streamed', 'too_big', /more than the 5242880 bytes/],
    ['a body that never ends', '/stall', 'too_slow', /within 0.5 s/, { timeoutMs: 500 }],
    ['a server that never answers', '/hang', 'too_slow', /within 0.5 s/, { timeoutMs: 500 }],
    ['a PDF', '/report.pdf', 'not_html', /"application\/pdf", not an HTML page/],
    ['JSON', '/feed.json', 'not_html', /not an HTML page/],
    ['more than five redirects', '/hops/5', 'too_many_redirects', /more than 5 redirects/],
    ['a redirect loop', '/loop', 'too_many_redirects', /more than 5 redirects/],
    ['a missing page', '/nowhere', 'http_error', /answered 404/],
  ];
  for (const [what, path, code, message, limits] of cases) {
    it(what, async () => {
      const out = tempDir();
      const e = await refusal(() => addArticle(server.url(path), { out, limits: { ...allow, ...limits } }));
      expect(e.code).toBe(code);
      expect(e.message).toMatch(message);
      expect(readdirSync(out)).toEqual([]);
    });
  }

  it('five redirects are followed', async () => {
    const page = await fetchPage(server.url('/hops/4'), allow);
    expect(page.url).toBe(server.url('/pages/wire.html'));
  });

  it('a redirect to a private address is refused before it is followed', async () => {
    // Only 127.0.0.1 (this test's "public" site) is let through; every other address is judged as usual.
    const refuse = (address: string) => (address === '127.0.0.1' ? null : nonPublicReason(address));
    const before = server.requests.length;
    const e = await refusal(() => fetchPage(server.url('/to-private'), { allowPrivate: false, refuse }));
    expect(e.code).toBe('not_public');
    expect(e.message).toMatch(/127\.0\.0\.2, a loopback address/);
    expect(server.requests.slice(before).map((r) => r.path)).toEqual(['/to-private']);
  });

  it('the address connected to is checked too, should the name resolve differently by then', async () => {
    const port = new URL(server.url('/')).port;
    const localhost = (await lookup('localhost', { all: true })).length;
    // The first look (the check before asking) is let through; the connection's own look is not.
    let looks = 0;
    const refuse = (address: string) => (++looks <= localhost ? null : nonPublicReason(address));
    const before = server.requests.length;
    const e = await refusal(() => fetchPage(`http://localhost:${port}/pages/wire.html`, { allowPrivate: false, refuse }));
    expect(e.code).toBe('not_public');
    expect(e.message).toMatch(/when connecting/);
    expect(looks).toBeGreaterThan(localhost);
    expect(server.requests.length).toBe(before);
  });

  it('a name is judged by the addresses it resolves to', async () => {
    const e = await refusal(() => checkPublicHost(new URL('http://localhost/'), false));
    expect(e.code).toBe('not_public');
    expect(e.message).toMatch(/localhost resolves to/);
    expect(await checkPublicHost(new URL('http://localhost/'), true)).not.toEqual([]);
  });

  it('only public unicast addresses pass', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fe80::1', 'fc00::1', 'fd12::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '2001:db8::1', '64:ff9b::10.0.0.1', '64:ff9b::127.0.0.1', '192.0.2.1', '2002::1']) {
      expect(nonPublicReason(address), address).not.toBeNull();
    }
    for (const address of ['8.8.8.8', '1.1.1.1', '93.184.216.34', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::8.8.8.8']) {
      expect(nonPublicReason(address), address).toBeNull();
    }
  });

  it('only http and https addresses, without credentials', async () => {
    for (const [input, why] of [['file:///etc/passwd', /Only http and https/], ['ftp://example.com/x', /Only http and https/], ['https://user:pw@example.com/', /user name or password/]] as const) {
      const e = await refusal(() => fetchPage(input, allow));
      expect(e.code).toBe('bad_url');
      expect(e.message).toMatch(why);
    }
  });
});

describe('the same article twice', () => {
  it('the same page again is reported as already there, with its id, and nothing is written', async () => {
    const out = tempDir();
    const first = await add('/pages/wire.html', out);
    const again = await add('/pages/wire.html', out);
    expect(again.written).toBe(false);
    expect(again.document.id).toBe(first.document.id);
    expect(readdirSync(out)).toEqual([first.document.file]);
  });

  it('the same canonical address under another id, and an updated page, are refused with the id; --force replaces', async () => {
    const out = tempDir();
    const first = await add('/pages/wire.html', out);
    // The same story, reached by another address, with a paragraph added since.
    server.override('/copy/updated.html', readFileSync(join(PAGES_DIR, 'wire.html'), 'utf8').replace('</div>\n<p class="credits">', '<p>Officials said a second round of talks would follow in the spring.</p></div>\n<p class="credits">'));
    const e = await refusal(() => add('/copy/updated.html', out, { id: 'rail-link-updated' }));
    expect(e.code).toBe('exists');
    expect(e.message).toContain(`already in the corpus as "${first.document.id}"`);
    expect(e.message).toContain('same address');
    expect(readdirSync(out)).toEqual([first.document.file]);
    const replaced = await add('/copy/updated.html', out, { id: 'rail-link-updated', force: true });
    expect(replaced).toMatchObject({ written: true, replaced: first.document.id, document: { paragraphs: 7 } });
    expect(readdirSync(out).filter((f) => f.endsWith('.md'))).toEqual(['rail-link-updated.md']);
    expect(readdirSync(join(out, '.removed'))).toEqual([first.document.file]);
  });

  it('the same text at another address is refused with the id', async () => {
    const out = tempDir();
    const first = await add('/pages/state-media.html', out);
    const e = await refusal(() => add('/pages/state-media.html', out, { url: 'https://elsewhere.example/copy', id: 'copy' }));
    expect(e.code).toBe('exists');
    expect(e.message).toContain(`"${first.document.id}"`);
    expect(e.message).toContain('same text');
  });
});

describe('npm run cli -- ingest <url>', () => {
  const env = { INGEST_ALLOW_PRIVATE: '1', CORPUS_DIR: '' };

  it('prints what was added; --json has the contract fields and the new ones', async () => {
    const out = tempDir();
    const human = await runCli(['ingest', server.url('/pages/wire.html'), '--out', out], env);
    expect(human.status).toBe(0);
    const said = human.stdout.replace(/\s+/g, ' ');
    expect(said).toContain('Added "Leaders agree on rail link after talks at northern port" (Harbour Wire, 2023-09-13)');
    expect(said).toMatch(/6 paragraphs · \d+ quotes found · \d+ dated events found/);
    const r = await runCli(['ingest', server.url('/pages/amp.html'), '--out', out, '--json'], env);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown> & { document: Record<string, unknown> };
    expect(Object.keys(json.document)).toEqual(expect.arrayContaining(['id', 'file', 'paragraphs', 'title', 'outlet', 'published', 'url']));
    expect(json).toMatchObject({ document: { outlet: 'Northern Times', published: '2023-09-12', paragraphs: 4 }, source: 'url', written: true });
    expect(json.dropped).toEqual(expect.any(Array));
    expect(typeof json.quotes).toBe('number');
    expect(typeof json.events).toBe('number');
  });

  it('a refused address is an error object with exit 2 and nothing written', async () => {
    const out = tempDir();
    const r = await runCli(['ingest', server.url('/pages/wire.html'), '--out', out, '--json'], { CORPUS_DIR: '' });
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: { code: 'not_public' } });
    expect(r.stderr).toMatch(/INGEST_ALLOW_PRIVATE=1/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('plain text files still ingest as before', async () => {
    const out = tempDir();
    const r = await runCli(['ingest', join(import.meta.dirname, 'fixtures', 'yonhap-kim-putin-summit.txt'), '--published', '2023-09-14', '--out', out, '--json'], env);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ document: { id: 'yonhap-kim-putin-summit', paragraphs: 24, outlet: 'Yonhap News Agency' }, source: 'text' });
  });
});
