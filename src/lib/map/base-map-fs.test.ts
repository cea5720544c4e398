import { describe, expect, it } from 'vitest';
import { readTopology } from '../reference/reference-fs';
import { getBaseMap, webBaseMapSvg } from './base-map-fs';
import { buildBaseMap } from './svg-map';

describe('getBaseMap', () => {
  it('is what getBaseMap returns for the files of src/data/geo', () => {
    expect(getBaseMap()).toEqual(buildBaseMap(readTopology('departements'), readTopology('regions')));
    expect(getBaseMap()).toBe(getBaseMap());
  });
});

describe('webBaseMapSvg', () => {
  it('draws every département with its région code, for the interactive map to highlight and frame them', () => {
    const svg = webBaseMapSvg();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="tnl-web-map"/);
    expect(svg).toContain('<path data-code="38" data-region="84" d="');
    expect(svg).toContain('<path data-code="974" data-region="04" d="');
  });
});
