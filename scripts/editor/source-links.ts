// `check:sources` without the command line: every source address of the content, asked once each
// whether it still answers; for one that no longer does, the Internet Archive's availability API is
// asked for the copy closest to the day the source was cited, and the line to add is proposed
// (`archive: https://web.archive.org/web/…`). The network is given (fetch), so that tests play the
// source and the archive with local servers.
import { formatDate } from '../../src/i18n/fr';
import type { ContentSet } from '../../src/lib/content/validate';

/** One place of the content that cites an address. */
export interface LinkUse {
  file: string;
  /** The field of the address (`results[3].source`, `sources[0].url`, `source.url`). */
  field: string;
  /** Where an archive address goes for this use (`results[3].archive`), when the schema has one there. */
  archiveField: string;
  /** Its archive address, when the content already has one. */
  archive?: string;
  /** The day the source was cited (its edition's announcement, a testimonial's date): the archived copy closest to it is the right one. */
  citedOn: string;
}

export interface Link {
  url: string;
  uses: LinkUse[];
}

/** Every source address of the content, once each, with every place that cites it. */
export function sourceLinks(content: ContentSet): Link[] {
  const links = new Map<string, LinkUse[]>();
  const add = (url: string | undefined, use: LinkUse) => {
    if (url) links.set(url, [...(links.get(url) ?? []), use]);
  };
  for (const { file, data } of content.editions) {
    const citedOn = data.announcedOn;
    data.sources.forEach((s, i) =>
      add(s.url, { file, field: `sources[${i}].url`, archiveField: `sources[${i}].archive`, archive: s.archive, citedOn }),
    );
    data.results.forEach((r, i) =>
      add(r.source, { file, field: `results[${i}].source`, archiveField: `results[${i}].archive`, archive: r.archive, citedOn }),
    );
    data.corrections.forEach((c, i) =>
      add(c.source, {
        file,
        field: `corrections[${i}].source`,
        archiveField: `corrections[${i}].archive`,
        archive: c.archive,
        citedOn: c.correctedOn,
      }),
    );
  }
  for (const { file, data } of content.testimonials) {
    const edition = content.editions.find((e) => e.data.year === data.edition)?.data.announcedOn ?? `${data.edition}-12-31`;
    add(data.source.url, {
      file,
      field: 'source.url',
      archiveField: 'source.archive',
      archive: data.source.archive,
      citedOn: data.publishedOn ?? edition,
    });
  }
  return [...links].map(([url, uses]) => ({ url, uses })).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** How an address answered. */
export type LinkState =
  | { status: 'ok' }
  /** No longer there: 404 or 410, a host that does not exist, a server that does not answer. */
  | { status: 'dead'; reason: string }
  /** Refused to the robot (401, 403, 429): a person may still read it; to check by hand. */
  | { status: 'doubtful'; reason: string };

export interface CheckOptions {
  fetch: typeof fetch;
  /** How long an address may take to answer. */
  timeoutMs?: number;
}

const USER_AGENT = 'Atlas-TNL/1.0 (verification des sources ; +https://territoire-numerique-libre.org/)';

/** Asks an address once (twice after a server error or a timeout), reading only its status. */
export async function checkLink(url: string, { fetch, timeoutMs = 15_000 }: CheckOptions): Promise<LinkState> {
  let last: LinkState = { status: 'ok' };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const response = await fetch(url, {
        redirect: 'follow',
        headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/pdf,*/*' },
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      if (response.ok) return { status: 'ok' };
      if (response.status === 404 || response.status === 410)
        return { status: 'dead', reason: `la page n’existe plus (HTTP ${response.status})` };
      if ([401, 403, 429].includes(response.status))
        return {
          status: 'doubtful',
          reason: `le site refuse la vérification automatique (HTTP ${response.status}) : ouvrez-la dans un navigateur`,
        };
      last = { status: 'dead', reason: `le serveur répond par une erreur (HTTP ${response.status})` };
    } catch (error) {
      last = { status: 'dead', reason: networkReason(error) };
    }
  }
  return last;
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as { name?: string }).name;
  if (cause === 'ENOTFOUND' || cause === 'EAI_AGAIN') return 'le site n’existe plus (adresse introuvable)';
  if (cause === 'TimeoutError' || cause === 'AbortError') return 'le site ne répond pas (délai dépassé)';
  if (cause === 'ECONNREFUSED') return 'le site refuse la connexion';
  return `le site ne répond pas (${cause ?? 'erreur réseau'})`;
}

/** A copy kept by the Internet Archive. */
export interface ArchivedCopy {
  url: string;
  /** AAAA-MM-JJ. */
  date: string;
}

/** The Internet Archive's availability API (https://archive.org/help/wayback_api.php). */
export const AVAILABILITY_API = 'https://archive.org/wayback/available';

/** The archived copy closest to `citedOn` (AAAA-MM-JJ), or undefined when the archive has none. */
export async function archivedCopy(
  url: string,
  citedOn: string,
  { fetch, api = AVAILABILITY_API }: CheckOptions & { api?: string },
): Promise<ArchivedCopy | undefined> {
  const query = new URL(api);
  query.searchParams.set('url', url);
  query.searchParams.set('timestamp', citedOn.replaceAll('-', ''));
  const response = await fetch(query, { headers: { 'user-agent': USER_AGENT }, signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`l’archive répond HTTP ${response.status}`);
  const body = (await response.json()) as {
    archived_snapshots?: { closest?: { available?: boolean; url?: string; timestamp?: string; status?: string } };
  };
  const closest = body.archived_snapshots?.closest;
  if (!closest?.available || !closest.url || !closest.timestamp || (closest.status && !closest.status.startsWith('2'))) return undefined;
  const date = `${closest.timestamp.slice(0, 4)}-${closest.timestamp.slice(4, 6)}-${closest.timestamp.slice(6, 8)}`;
  // The API gives http:// addresses of the archive; the archive answers in https.
  return { url: closest.url.replace(/^http:\/\//, 'https://'), date };
}

/** One address that no longer answers (or answers the robot badly), and what to do for each use. */
export interface LinkReport {
  url: string;
  state: Exclude<LinkState, { status: 'ok' }>;
  uses: Array<LinkUse & { proposal?: ArchivedCopy; lookupFailed?: string }>;
}

/** Checks every link, a few at a time; for a dead one, looks up an archived copy for each use without one. */
export async function checkSourceLinks(
  links: readonly Link[],
  options: CheckOptions & { api?: string; concurrency?: number; onProgress?: (done: number) => void },
): Promise<LinkReport[]> {
  const reports: LinkReport[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < links.length) {
      const link = links[next++]!;
      const state = await checkLink(link.url, options);
      if (state.status !== 'ok') {
        const uses = [];
        for (const use of link.uses) {
          if (use.archive || state.status !== 'dead') {
            uses.push(use);
            continue;
          }
          try {
            uses.push({ ...use, proposal: await archivedCopy(link.url, use.citedOn, options) });
          } catch (error) {
            uses.push({ ...use, lookupFailed: (error as Error).message });
          }
        }
        reports.push({ url: link.url, state, uses });
      }
      options.onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, links.length) }, worker));
  return reports.sort((a, b) => (a.url < b.url ? -1 : 1));
}

/** The report for a terminal: each address, each place that cites it, and the line to add. */
export function formatLinkReports(reports: readonly LinkReport[], checked: number): string {
  const dead = reports.filter((r) => r.state.status === 'dead');
  const doubtful = reports.filter((r) => r.state.status === 'doubtful');
  if (reports.length === 0) return `✓ Sources : les ${checked} adresses répondent.`;
  const block = (report: LinkReport) =>
    [
      `${report.url}`,
      `  ${report.state.reason}`,
      ...report.uses.map((use) => {
        const place = `  ${use.file} › ${use.field}`;
        if (use.archive) return `${place}\n    copie archivée déjà donnée : ${use.archive}`;
        if (use.proposal)
          return `${place}\n    → copie archivée du ${formatDate(use.proposal.date)} ; ajoutez au même niveau que « ${use.field.split('.').at(-1)} » la ligne :\n        ${use.archiveField.split('.').at(-1)}: ${use.proposal.url}`;
        if (use.lookupFailed) return `${place}\n    l’archive n’a pas pu être consultée (${use.lookupFailed}) : relancez plus tard`;
        if (report.state.status === 'dead')
          return `${place}\n    → aucune copie archivée : cherchez la page sur le site, ou une autre source du même résultat`;
        return place;
      }),
    ].join('\n');
  return [
    `✗ Sources : ${dead.length} adresse(s) ne répondent plus, ${doubtful.length} à vérifier à la main, sur ${checked} vérifiées.`,
    '',
    ...[...dead, ...doubtful].map(block).flatMap((b) => [b, '']),
  ]
    .join('\n')
    .trimEnd();
}
