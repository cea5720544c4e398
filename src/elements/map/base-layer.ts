// The base layer of the Leaflet map: the SVG base map of /carte/fond-de-carte.svg laid over the whole
// of France and the insets, the inset names, the highlighted areas of départements and régions, and
// the bounds of a région read from its départements' outlines.
import L from 'leaflet';
import type { MapEntry } from '../../lib/map/filter';
import { insetFramesLonLat } from '../../lib/map/projection';
import { webBaseMapBounds } from '../../lib/map/web-base-map';

export interface BaseLayer {
  /** The whole of France with the insets, slightly inset from the SVG's edges. */
  france: L.LatLngBounds;
  /** The bounds of a région, from the outlines of its départements. */
  regionBounds(code: string): L.LatLngBounds | undefined;
  /** Highlights the départements of the départements and régions shown. */
  drawAreas(entries: MapEntry[]): void;
  /** Called with the territory whose highlighted area was clicked. */
  onAreaClick(listener: (entry: MapEntry, at: L.LatLng) => void): void;
}

/**
 * Adds the base map to `map`, frames France and sets the zoom limits; the map's element receives the
 * inset names' font size (`--tnl-inset-font`).
 * @param baseMapSvg the text of /carte/fond-de-carte.svg
 */
export function addBaseLayer(map: L.Map, element: HTMLElement, baseMapSvg: string): BaseLayer {
  // One SVG over the whole of France and the insets; the view must exist before it is added.
  const edges = webBaseMapBounds();
  const svgBounds = L.latLngBounds([edges.south, edges.west], [edges.north, edges.east]);
  const frames = insetFramesLonLat();
  const france = svgBounds.pad(-0.01);
  map.fitBounds(france, { animate: false });
  map.setMinZoom(Math.floor(map.getZoom()) - 1);
  map.setMaxBounds(svgBounds.pad(0.25));
  const svg = new DOMParser().parseFromString(baseMapSvg, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
  const layer = L.svgOverlay(svg, svgBounds, { interactive: true }).addTo(map);
  for (const frame of frames) {
    L.marker([frame.north, frame.west], {
      icon: L.divIcon({ className: 'tnl-inset-label', html: frame.label, iconSize: undefined, iconAnchor: [-5, -4] }),
      interactive: false,
      keyboard: false,
    }).addTo(map);
  }

  // Inset names scale with their frames, from 8 px on a phone to 13 px.
  const scaleInsetLabels = () => {
    const frame = frames[0]!;
    const width = map.latLngToContainerPoint([frame.north, frame.east]).x - map.latLngToContainerPoint([frame.north, frame.west]).x;
    element.style.setProperty('--tnl-inset-font', `${Math.max(8, Math.min(13, width / 8.5)).toFixed(1)}px`);
  };
  scaleInsetLabels();
  map.on('zoomend', scaleInsetLabels);

  /** SVG units to inset longitude/latitude (the SVG is stretched linearly over `svgBounds`). */
  const viewBox = svg.viewBox.baseVal;
  const toLatLng = (x: number, y: number) =>
    L.latLng(
      edges.north - (y / viewBox.height) * (edges.north - edges.south),
      edges.west + (x / viewBox.width) * (edges.east - edges.west),
    );
  const departementPaths = [...svg.querySelectorAll<SVGPathElement>('path[data-code]')];
  /** The territory whose area each highlighted département belongs to. */
  let areaOwner = new Map<string, MapEntry>();

  return {
    france,
    regionBounds(code) {
      const boxes = departementPaths.filter((path) => path.dataset.region === code).map((path) => path.getBBox());
      if (boxes.length === 0) return undefined;
      const left = Math.min(...boxes.map((b) => b.x));
      const top = Math.min(...boxes.map((b) => b.y));
      const right = Math.max(...boxes.map((b) => b.x + b.width));
      const bottom = Math.max(...boxes.map((b) => b.y + b.height));
      return L.latLngBounds(toLatLng(left, bottom), toLatLng(right, top));
    },
    drawAreas(entries) {
      areaOwner = new Map();
      for (const entry of entries) for (const code of entry.territory.area ?? []) if (!areaOwner.has(code)) areaOwner.set(code, entry);
      for (const path of departementPaths) path.classList.toggle('tnl-on', areaOwner.has(path.dataset.code!));
    },
    onAreaClick(listener) {
      layer.on('click', (event: L.LeafletMouseEvent) => {
        const code = (event.originalEvent.target as Element).closest<SVGPathElement>('path[data-code]')?.dataset.code;
        const entry = code ? areaOwner.get(code) : undefined;
        if (entry) listener(entry, event.latlng);
      });
    },
  };
}
