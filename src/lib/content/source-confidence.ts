// Which sources count as official for the label, hence which confidence a result gets from its
// source: shared by the import, and meant for the site and check:content. Pure, browser-safe.
import type { Confidence } from '../../schemas/common';

/**
 * Domains run by the label's organisers: the official label site and ADULLACT, which runs it.
 * Any subdomain counts (www., demarches.adullact.org): a subdomain is controlled by the domain's owner.
 */
export const OFFICIAL_SOURCE_DOMAINS = ['territoire-numerique-libre.org', 'adullact.org'] as const;

/** True when the address is on the official label site or on adullact.org (any subdomain, http or https). */
export function isOfficialSource(url: string): boolean {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
    host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  return OFFICIAL_SOURCE_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** `high` for an official source, `medium` for any other (press, April, a collectivité’s own site). */
export function confidenceOfSource(url: string): Extract<Confidence, 'high' | 'medium'> {
  return isOfficialSource(url) ? 'high' : 'medium';
}
