import { describe, expect, it } from 'vitest';
import { mapFixture as data } from '../../../tests/support/map-data-fixture';
import { filterMap, groupByRegion, legendFor } from './filter';
import { distinctionHtml, legendHtml, listHtml, markHtml, popupHtml } from './html';
import { ALL_EDITIONS, defaultMapState } from './state';

const or = data.editions[1]!.scale[3]!;

describe('markHtml', () => {
  it('writes the distinction’s short text in a shape of its tone, hidden from screen readers', () => {
    expect(markHtml(or)).toBe('<span class="tnl-mark tone-5" aria-hidden="true">Or</span>');
  });

  it('writes "?" in the dashed style when the distinction is unknown', () => {
    expect(markHtml(null)).toBe('<span class="tnl-mark tone-0" aria-hidden="true">?</span>');
  });
});

describe('distinctionHtml', () => {
  it('always writes the distinction’s name next to its glyph', () => {
    expect(distinctionHtml(null)).toContain('Distinction non connue');
    expect(distinctionHtml(or)).toContain('</span> Or</span>');
  });
});

describe('legendHtml', () => {
  it('lists the edition’s scale with counts, then "not known", groups and areas', () => {
    const state = { ...defaultMapState(data) };
    const html = legendHtml(legendFor(data, state, filterMap(data, state)));
    const labels = [...html.matchAll(/<\/span> ([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(labels).toEqual([
      'Or',
      'Argent',
      'Bronze',
      'Badge',
      'Distinction non connue',
      'Groupe de collectivités proches (leur nombre)',
      'Département ou région labellisé (zone colorée)',
    ]);
    expect(html).not.toContain('Niveau');
  });

  it('counts one edition’s whole list against what it publishes, and never draws « 0 » for a list nobody published', () => {
    const counts = (html: string) => [...html.matchAll(/class="tnl-count">\(([^)]*)\)/g)].map((m) => m[1]);
    const whole = { ...defaultMapState(data), edition: 2022 };
    expect(counts(legendHtml(legendFor(data, whole, filterMap(data, whole))))).toEqual([
      '2 connues sur 3',
      '1 connue',
      'liste non publiée',
      'liste non publiée',
      'liste non publiée',
      '1',
    ]);
    const medals = { ...defaultMapState(data), edition: 2025 };
    expect(counts(legendHtml(legendFor(data, medals, filterMap(data, medals))))).toEqual([
      '1 connue',
      '1',
      '2 connues',
      '1 connue',
      'aucune',
    ]);
    // Filtered, the counts are those of the view, known ones.
    const filtered = { ...whole, kind: 'commune' as const };
    expect(counts(legendHtml(legendFor(data, filtered, filterMap(data, filtered))))).toEqual([
      '2 connues',
      '1 connue',
      'aucune',
      'aucune',
      'aucune',
      'aucune',
    ]);
  });
});

describe('listHtml', () => {
  const entries = filterMap(data, { ...defaultMapState(data), edition: ALL_EDITIONS });
  const groups = groupByRegion(entries, data);

  it('links each territory to its page under the base path, grouped under région headings', () => {
    const html = listHtml(groups, data, { base: '/atlas/', mode: 'view', idPrefix: 'r' });
    expect(html).toContain('<h3 id="r-84">Auvergne-Rhône-Alpes <span class="tnl-count">(3)</span></h3>');
    expect(html).toContain('<a href="/atlas/territoires/abbeville/">Abbeville</a>');
    expect(html.match(/<li data-slug=/g)).toHaveLength(entries.length);
  });

  it('offers a button to show a placed territory on the map, and says when one is not placed', () => {
    const html = listHtml(groups, data, { base: '/', mode: 'view', idPrefix: 'r' });
    expect(html).toContain('data-locate="lyon" aria-label="Situer Lyon sur la carte"');
    expect(html).toContain(
      'Agence nationale &lt;test&gt;</a> <span class="tnl-muted">Autre organisme public</span><p class="tnl-item-distinction">',
    );
    expect(html).toContain('non placée sur la carte');
  });

  it('shows every edition’s distinction, newest first, as plain text in the history mode', () => {
    const html = listHtml(groups, data, { base: '/', mode: 'history', idPrefix: 'r' });
    const start = html.indexOf('<li><a href="/territoires/abbeville/">');
    expect(html.slice(start, html.indexOf('</li>', start) + 5)).toBe(
      '<li><a href="/territoires/abbeville/">Abbeville</a> <span class="tnl-muted">Commune · Somme (80)</span><p class="tnl-history">2025 : Or · 2022 : Niveau 5</p></li>',
    );
    expect(html).not.toContain('data-locate');
  });
});

describe('popupHtml', () => {
  it('gives name (link), kind, département, distinction and year, and flags an approximate position', () => {
    const [entry] = filterMap(data, { ...defaultMapState(data), edition: 2022, kind: 'syndicat' });
    const text = popupHtml(entry!, data, '/')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    expect(text).toBe('Syndicat Syndicat · Isère (38) (position approximative) ? Distinction non connue (2022)');
    expect(popupHtml(entry!, data, '/')).toContain('href="/territoires/syndicat/"');
  });
});
