// Dates and numbers from two peers (Microsoft Recognizers-Text, chrono-node; both French) scored beside
// Extraction on the seeds, and timed beside it on press-fr. See README.md for the mapping and its caveats.
//
//   node peers.mjs                      scores and timings, printed as a Markdown table
//   node peers.mjs speed <peer> <file>  one timed pass of a peer over a JSON Lines file (used by the above)
//   node peers.mjs values               each peer's value sets per seed beside the gold ones
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import os from 'node:os';
import * as Recognizers from '@microsoft/recognizers-text-suite';
import * as chrono from 'chrono-node';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dataDir = process.env.EXTRACTION_DATA ?? path.resolve(root, '../../shared/data');
const pressFr = path.join(dataDir, 'press-fr/press-fr.jsonl');
const extractDll = path.join(root, 'src/Extraction.Cli/bin/Release/net10.0/extract.dll');
const runs = Number(process.env.RUNS ?? 5);

// ---------- documents ----------

// Same rule as src/Extraction/Ingest/DateHeader.cs: optional white space, "date ", an ISO date, white space.
function splitHeader(text) {
  const m = /^\s*date ([0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?)(?:\s+|$)/.exec(text);
  return m ? { date: m[1], body: text.slice(m[0].length) } : { date: null, body: text };
}

function readSeeds() {
  const dir = path.join(root, 'corpus/seeds');
  return readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => {
    const { date, body } = splitHeader(readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, ''));
    return { id: f.replace(/\.txt$/, ''), date, text: body };
  });
}

function readJsonl(file) {
  return readFileSync(file, 'utf8').split('\n').filter(l => l.trim()).map(l => {
    const o = JSON.parse(l);
    return { id: o.id, date: o.document_date ?? null, text: o.text };
  });
}

// A document date as a JavaScript Date at noon UTC (TZ=UTC is set by run.sh); a month-level date stands for its
// middle, a year-level one for 1 July, so "nearest year" picks the same year whichever end of the month is meant.
function referenceOf(date) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, (m ?? 7) - 1, d ?? (m ? 15 : 1), 12));
}

// ---------- value mapping (shared by both peers) ----------

const pad = n => String(n).padStart(2, '0');
const isDay = v => /^\d{4}-\d{2}-\d{2}$/.test(v);
const spanValue = /^(?:(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)|\d{2,3})$/;

// SPEC §2's missing-year rule, applied to the peers' "XXXX-MM(-DD)" values: the year that puts the date nearest
// the document date, else the year of an explicit date earlier in the document with the same month, else XXXX.
class YearFiller {
  constructor(docDate) { this.ref = docDate ? referenceOf(docDate) : null; this.yearOfMonth = new Map(); }

  fill(value) {
    const parts = value.split('/');
    const year = this.yearFor(parts[0]);
    const filled = parts.map(p => (year && p.startsWith('XXXX-') ? year + p.slice(4) : p)).join('/');
    for (const p of filled.split('/')) {
      const m = /^(\d{4})-(\d{2})/.exec(p);
      if (m && !value.startsWith('XXXX')) this.yearOfMonth.set(m[2], m[1]);
    }
    return filled;
  }

  yearFor(first) {
    const m = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(first);
    if (!m) return null;
    if (this.ref) {
      const month = Number(m[1]), day = Number(m[2] ?? 15), y = this.ref.getUTCFullYear();
      let best = null, bestGap = Infinity;
      for (const c of [y - 1, y, y + 1]) {
        const gap = Math.abs(Date.UTC(c, month - 1, day, 12) - this.ref.getTime());
        if (gap < bestGap) { best = c; bestGap = gap; }
      }
      return String(best);
    }
    return this.yearOfMonth.get(m[1]) ?? null;
  }
}

// ---------- Recognizers-Text ----------

const french = Recognizers.Culture.French; // "fr-fr"

// A TIMEX3 string from DateTimeV2 to a SPEC value, or null when it is no calendar date (a time, a duration, a
// bare weekday, an unresolved "XXXX-01-00", PRESENT_REF...).
function timexToValue(timex) {
  const range = /^\((.+?),(.+?),(P.+)\)$/.exec(timex);
  if (range) {
    const start = timexToValue(range[1]), end = timexToValue(range[2]);
    if (!start || !end) return null;
    return collapseRange(start, end, range[3]);
  }
  const datePart = timex.split('T')[0];
  if (!datePart || datePart.includes('WXX') || /-00(?:$|-)/.test(datePart)) return null;
  return spanValue.test(datePart) ? datePart : null;
}

// Recognizers-Text writes months, years and decades as day ranges with an exclusive end
// ("(2000-01-01,2010-01-01,P10Y)"); SPEC writes them in the unit itself ("200", "2012-03/2012-04").
function collapseRange(start, end, duration) {
  const d = /^(\d{4})-(\d{2})-01$/;
  const s = d.exec(start), e = d.exec(end);
  if (s && e && /^P\d+Y$/.test(duration) && s[2] === '01' && e[2] === '01') {
    const last = Number(e[1]) - 1;
    if (/^P10Y$/.test(duration) && s[1].endsWith('0')) return s[1].slice(0, 3);
    return s[1] === String(last) ? s[1] : `${s[1]}/${last}`;
  }
  if (s && e && /^P\d+M$/.test(duration)) {
    const endMonth = new Date(Date.UTC(Number(e[1]), Number(e[2]) - 2, 1));
    const last = `${endMonth.getUTCFullYear()}-${pad(endMonth.getUTCMonth() + 1)}`;
    const first = `${s[1]}-${s[2]}`;
    return first === last ? first : `${first}/${last}`;
  }
  return start === end ? start : `${start}/${end}`;
}

function recognizersDates(doc, reference) {
  const filler = new YearFiller(doc.date);
  const out = [];
  for (const r of Recognizers.recognizeDateTime(doc.text, french, undefined, reference)) {
    const timex = r.resolution?.values?.[0]?.timex;
    const value = timex ? timexToValue(timex) : null;
    out.push({ start: r.start, end: r.end, value: value && filler.fill(value) });
  }
  return out;
}

function recognizersNumbers(doc) {
  return Recognizers.recognizeNumber(doc.text, french).map(r => ({
    start: r.start, end: r.end, value: r.resolution?.value == null ? null : Number(r.resolution.value),
  }));
}

// Numbers that lie inside the peer's own date mentions are its years and days, which SPEC never counts.
const outsideDates = (numbers, dates) =>
  numbers.filter(n => !dates.some(d => n.start >= d.start && n.end <= d.end));

// ---------- chrono-node ----------

// Only what chrono read in the text (isCertain) counts: a year it implied from the reference is left as XXXX
// for the shared missing-year rule; a result with no certain day, month or year (a time, a bare weekday) is null.
function chronoComponent(c) {
  const year = c.isCertain('year') ? String(c.get('year')) : 'XXXX';
  if (c.isCertain('month') && c.isCertain('day')) return `${year}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  if (c.isCertain('month')) return `${year}-${pad(c.get('month'))}`;
  if (c.isCertain('year') && !c.isCertain('day')) return year;
  return null;
}

function chronoDates(doc, reference) {
  const filler = new YearFiller(doc.date);
  return chrono.fr.parse(doc.text, reference).map(r => {
    const start = chronoComponent(r.start);
    let end = r.end ? chronoComponent(r.end) : null;
    if (start && end && end.startsWith('XXXX') && !start.startsWith('XXXX')) end = start.slice(0, 4) + end.slice(4);
    const value = !start ? null : end && end !== start ? `${start}/${end}` : start;
    return { start: r.index, end: r.index + r.text.length, value: value && filler.fill(value) };
  });
}

// ---------- the systems' document-level value sets ----------

// Without a document date no reference is right, so a peer runs with two far-apart references and keeps only
// the values both runs agree on: what it read in the text, not what it derived from an arbitrary "now".
const farReferences = [new Date(Date.UTC(2000, 5, 15, 12)), new Date(Date.UTC(2010, 5, 15, 12))];

function stableDates(doc, recognise) {
  if (doc.date) return recognise(doc, referenceOf(doc.date));
  const [a, b] = farReferences.map(r => recognise(doc, r));
  const agreed = new Set(b.map(m => m.value));
  return a.filter(m => agreed.has(m.value));
}

const values = mentions => new Set(mentions.map(m => m.value).filter(v => v != null).map(String));
const numberKey = v => String(Number(v));

function peerSets(doc) {
  const rtDates = stableDates(doc, recognizersDates);
  const rtNumbers = recognizersNumbers(doc);
  return {
    'Recognizers-Text 1.3.1 (fr-fr)': {
      dates: values(rtDates),
      counts: new Set([...values(outsideDates(rtNumbers, rtDates))].map(numberKey)),
      countsRaw: new Set([...values(rtNumbers)].map(numberKey)),
    },
    'chrono-node 2.10.3 (chrono.fr)': { dates: values(stableDates(doc, chronoDates)), counts: null },
  };
}

const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function recordSets(record) {
  const counts = record.counts ?? [];
  return {
    dates: values(record.dates ?? []),
    counts: new Set(counts.filter(c => c.value != null).map(c => numberKey(c.value))),
    countsFull: new Set(counts.filter(c => c.value != null)
      .map(c => `${numberKey(c.value)}|${fold(String(c.unit ?? '').split(/\s+/)[0])}`)),
  };
}

// ---------- scoring (SPEC §7: document-level value sets, micro-averaged over documents) ----------

class Score {
  tp = 0; fp = 0; fn = 0;
  add(predicted, gold) {
    for (const v of predicted) gold.has(v) ? this.tp++ : this.fp++;
    for (const v of gold) if (!predicted.has(v)) this.fn++;
  }
  get p() { return this.tp + this.fp ? this.tp / (this.tp + this.fp) : 0; }
  get r() { return this.tp + this.fn ? this.tp / (this.tp + this.fn) : 0; }
  get f() { return this.p + this.r ? 2 * this.p * this.r / (this.p + this.r) : 0; }
  toString() { return `${this.p.toFixed(2)} / ${this.r.toFixed(2)} / ${this.f.toFixed(2)}`; }
}

function runOurs(inputs, jobs) {
  const r = spawnSync('dotnet', [extractDll, 'run', ...inputs, '-q', '-j', String(jobs)],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`extract run failed: ${r.stderr}`);
  return r.stdout.split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
}

function score(seeds) {
  const gold = new Map(seeds.map(d => [d.id,
    recordSets(JSON.parse(readFileSync(path.join(root, 'corpus/annotations', `${d.id}.json`), 'utf8')))]));
  const rows = new Map();
  const row = name => rows.get(name) ?? rows.set(name, { dates: new Score(), counts: new Score(), extra: {} }).get(name);

  const ours = new Map(runOurs([path.join(root, 'corpus/seeds')], 1).map(r => [r.id, recordSets(r)]));
  const oursFull = new Score();
  for (const d of seeds) {
    const g = gold.get(d.id), o = ours.get(d.id);
    row('Extraction (ours)').dates.add(o.dates, g.dates);
    row('Extraction (ours)').counts.add(o.counts, g.counts);
    oursFull.add(o.countsFull, g.countsFull);
  }
  row('Extraction (ours)').extra.countsFull = oursFull;

  const raw = new Score();
  for (const d of seeds) {
    const g = gold.get(d.id);
    for (const [name, s] of Object.entries(peerSets(d))) {
      row(name).dates.add(s.dates, g.dates);
      if (s.counts) row(name).counts.add(s.counts, g.counts); else row(name).counts = null;
      if (s.countsRaw) raw.add(s.countsRaw, g.counts);
    }
  }
  row('Recognizers-Text 1.3.1 (fr-fr)').extra.countsRaw = raw;
  return rows;
}

// ---------- speed ----------

// One pass of a peer over a JSON Lines file, doing the same work as in scoring (one reference per document).
function speedPass(peer, file) {
  const docs = readJsonl(file);
  let mentions = 0;
  for (const doc of docs) {
    const ref = doc.date ? referenceOf(doc.date) : farReferences[0];
    if (peer === 'rt') mentions += recognizersDates(doc, ref).length + recognizersNumbers(doc).length;
    else mentions += chronoDates(doc, ref).length;
  }
  process.stdout.write(`${docs.length} ${mentions}\n`);
}

// Wall time of a whole process (start-up, module or assembly loading, reading, output), median of n runs.
function timeProcess(cmd, args, n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
    times.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const load = () => os.loadavg().map(x => x.toFixed(2)).join(', ');

// Recognizers-Text's DateTime model takes seconds per press-fr article, so it is timed on the first
// `subsetDocs` documents, `subsetRuns` times; the others are timed on that subset too and on the whole file.
const subsetDocs = Number(process.env.SUBSET_DOCS ?? 20);
const subsetRuns = Number(process.env.SUBSET_RUNS ?? 1);

function writeSubset() {
  const lines = readFileSync(pressFr, 'utf8').split('\n').filter(l => l.trim()).slice(0, subsetDocs);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'peers-')), 'press-fr-subset.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

function main() {
  const seeds = readSeeds();
  const rows = score(seeds);

  const self = fileURLToPath(import.meta.url);
  const subset = writeSubset();
  const sizes = new Map([[pressFr, statSync(pressFr).size / 1e6], [subset, statSync(subset).size / 1e6]]);
  const counts = new Map([[pressFr, readJsonl(pressFr).length], [subset, readJsonl(subset).length]]);
  const commands = {
    'Extraction (ours)': file => ['dotnet', [extractDll, 'run', file, '-q', '-j', '1']],
    'Recognizers-Text 1.3.1 (fr-fr)': file => [process.execPath, [self, 'speed', 'rt', file]],
    'chrono-node 2.10.3 (chrono.fr)': file => [process.execPath, [self, 'speed', 'chrono', file]],
  };
  const loadBefore = load();
  const full = new Map(), part = new Map();
  for (const [name, command] of Object.entries(commands)) {
    const rt = name.startsWith('Recognizers');
    part.set(name, timeProcess(...command(subset), rt ? subsetRuns : runs));
    if (!rt) full.set(name, timeProcess(...command(pressFr), runs));
  }
  const oursTwo = timeProcess('dotnet', [extractDll, 'run', pressFr, '-q', '-j', '2'], runs);
  const loadAfter = load();

  const speed = (file, s) => `${(sizes.get(file) / s).toFixed(3)} | ${(counts.get(file) / s).toFixed(2)}`;
  const lines = [
    `| system | dates P / R / F1 | numbers/counts P / R / F1 (value only) | press-fr MB/s | press-fr documents/s | first ${subsetDocs} press-fr documents: MB/s | documents/s |`,
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const [name, r] of rows) {
    const whole = full.has(name) ? speed(pressFr, full.get(name)) : 'not run | not run';
    lines.push(`| ${name} | ${r.dates} | ${r.counts ?? 'n/a (no number model)'} | ${whole} | ${speed(subset, part.get(name))} |`);
  }
  const ours = rows.get('Extraction (ours)'), rt = rows.get('Recognizers-Text 1.3.1 (fr-fr)');
  const median = n => `median of ${n} run${n > 1 ? 's' : ''}`;
  lines.push('',
    `Scores: the ${seeds.length} seeds (${seeds.filter(d => d.date).length} with a date header), SPEC §7 document-level value sets, micro-averaged. ` +
    `Speed: wall time of the whole process including start-up; press-fr is ${counts.get(pressFr)} documents, ${sizes.get(pressFr).toFixed(2)} MB ` +
    `(${median(runs)}); the first ${subsetDocs} documents are ${sizes.get(subset).toFixed(3)} MB (${median(runs)}, Recognizers-Text ${median(subsetRuns)}). ` +
    'Seconds: ' + [...part].map(([n, s]) => `${n.split(' ')[0]} ${s.toFixed(2)} s on the subset` +
      (full.has(n) ? `, ${full.get(n).toFixed(2)} s on press-fr` : '')).join('; ') + '.',
    `Extraction runs its whole pipeline (five types) on one worker (-j 1), as the peers run on one thread; with -j 2 on press-fr: ` +
    `${oursTwo.toFixed(2)} s (${(sizes.get(pressFr) / oursTwo).toFixed(3)} MB/s, ${(counts.get(pressFr) / oursTwo).toFixed(2)} documents/s).`,
    `Extraction counts on SPEC §7's full key (value, first word of unit): ${ours.extra.countsFull}. ` +
    `Recognizers-Text numbers without removing those inside its own dates: ${rt.extra.countsRaw}.`,
    `Load average (1, 5, 15 min) before timing: ${loadBefore}; after: ${loadAfter}; ${os.cpus().length} cores shared with other jobs.`);
  console.log(lines.join('\n'));
}

// Each peer's values per seed beside the gold ones, to check the mapping by eye.
function showValues() {
  for (const d of readSeeds()) {
    const g = recordSets(JSON.parse(readFileSync(path.join(root, 'corpus/annotations', `${d.id}.json`), 'utf8')));
    console.log(`${d.id} (document date ${d.date})\n  gold dates ${[...g.dates]}\n  gold counts ${[...g.counts]}`);
    for (const [name, s] of Object.entries(peerSets(d)))
      console.log(`  ${name}\n    dates ${[...s.dates]}\n    counts ${s.counts ? [...s.counts] : '-'}`);
  }
}

if (process.argv[2] === 'speed') speedPass(process.argv[3], process.argv[4]);
else if (process.argv[2] === 'values') showValues();
else main();
