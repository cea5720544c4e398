// The Leaflet map of /carte/, loaded with import() only there. The base map is the SVG built from
// the repository's TopoJSON (no tile server, nothing from another origin), laid over the map in an
// equirectangular projection where it lines up exactly with the markers, DROM in insets; markers
// are clustered with supercluster so that only the visible clusters exist in the page, even with
// 10,000 territories.
//
// How territories are drawn: every territory is one marker at its derived position (commune, EPCI
// or département/région centre, members' centre, explicit position), so that counting, clustering,
// keyboard use and the list work the same for all. A département or a région also gets its area
// highlighted (its départements, exactly). An EPCI or a syndicat does not: the repository has no
// EPCI or commune outlines, and colouring whole départements would overstate their reach.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import Supercluster, { type ClusterProperties } from 'supercluster';
import type { Feature, Point } from 'geojson';
import { fr } from '../i18n/fr';
import type { MapData } from '../lib/map/map-data';
import type { MapEntry } from '../lib/map/filter';
import { clusterMarkHtml, distinctionLabel, markHtml, popupHtml } from '../lib/map/html';
import { insetFramesLonLat } from '../lib/map/projection';
import { INSET_LON_SCALE, webBaseMapBounds } from '../lib/map/web-base-map';

/** Closest zoom (2^zoom pixels per degree of latitude): a few communes wide. */
export const MAX_ZOOM = 10;
/** Deepest zoom used to show a territory from the list (a few départements in view). */
const LOCATE_ZOOM = 8;
/** Height of a marker in pixels; a marker is as wide as its text needs. */
const MARKER_SIZE = 28;

export interface MapController {
  /** Shows a view's territories; `fit` frames a région (its code) or the whole of France ('france'). */
  show(entries: MapEntry[], fit?: string | 'france'): void;
  /**
   * Centres the map on a territory, at the first zoom where it stands alone if that keeps some
   * context, opens its popup and moves the focus into it; the focus returns to `returnFocus` when
   * the popup closes.
   */
  locate(slug: string, returnFocus?: HTMLElement): boolean;
}

export interface MapOptions {
  /** Base path of the site, for links to territory pages. */
  base: string;
  /** Id of the element describing how to use the map with a keyboard. */
  helpId?: string;
}

type PointProperties = { i: number };
type Item = ReturnType<Supercluster<PointProperties>['getClusters']>[number];

function isCluster(properties: Item['properties']): properties is ClusterProperties {
  return 'cluster' in properties && properties.cluster === true;
}

/**
 * Longitude and latitude drawn linearly, a degree of longitude `INSET_LON_SCALE` as wide as a
 * degree of latitude: the projection of the SVG base map, so both line up at every zoom.
 */
const INSET_CRS: L.CRS = L.Util.extend({}, L.CRS.Simple, { transformation: new L.Transformation(INSET_LON_SCALE, 0, -1, 0) });

/**
 * Creates the map inside `container`, replacing the static map it holds.
 * @param baseMapSvg the text of /carte/fond-de-carte.svg
 */
export function createMap(container: HTMLElement, data: MapData, baseMapSvg: string, options: MapOptions): MapController {
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const element = document.createElement('div');
  element.setAttribute('role', 'region');
  element.setAttribute('aria-label', fr.map.mapLabel);
  if (options.helpId) element.setAttribute('aria-describedby', options.helpId);
  container.replaceChildren(element);

  const map = L.map(element, {
    crs: INSET_CRS,
    maxZoom: MAX_ZOOM,
    zoomSnap: 0.1,
    zoomControl: false,
    attributionControl: false,
    zoomAnimation: !reduceMotion,
    fadeAnimation: !reduceMotion,
    markerZoomAnimation: !reduceMotion,
    inertia: !reduceMotion,
  });
  if (reduceMotion) {
    // Leaflet animates every pan (a popup brought into view, the arrow keys) whatever the options
    // above say: the map jumps instead, as the user asked for.
    const panBy = map.panBy.bind(map);
    map.panBy = (offset, panOptions) => panBy(offset, { ...panOptions, animate: false });
  }
  L.control.zoom({ position: 'topright', zoomInTitle: fr.map.zoomIn, zoomOutTitle: fr.map.zoomOut }).addTo(map);
  L.control.attribution({ prefix: '<a href="https://leafletjs.com/">Leaflet</a>' }).addAttribution(fr.map.baseMapAttribution).addTo(map);

  // Base map: one SVG over the whole of France and the insets; the view must exist before it is added.
  const edges = webBaseMapBounds();
  const svgBounds = L.latLngBounds([edges.south, edges.west], [edges.north, edges.east]);
  const frames = insetFramesLonLat();
  const france = svgBounds.pad(-0.01);
  map.fitBounds(france, { animate: false });
  map.setMinZoom(Math.floor(map.getZoom()) - 1);
  map.setMaxBounds(svgBounds.pad(0.25));
  const svg = new DOMParser().parseFromString(baseMapSvg, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
  const baseLayer = L.svgOverlay(svg, svgBounds, { interactive: true }).addTo(map);
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
  /** The bounds of a région, from the outlines of its départements. */
  const regionBounds = (code: string): L.LatLngBounds | undefined => {
    const boxes = departementPaths.filter((path) => path.dataset.region === code).map((path) => path.getBBox());
    if (boxes.length === 0) return undefined;
    const left = Math.min(...boxes.map((b) => b.x));
    const top = Math.min(...boxes.map((b) => b.y));
    const right = Math.max(...boxes.map((b) => b.x + b.width));
    const bottom = Math.max(...boxes.map((b) => b.y + b.height));
    return L.latLngBounds(toLatLng(left, bottom), toLatLng(right, top));
  };

  const layer = L.layerGroup().addTo(map);
  const markers = new Map<string, L.Marker>();
  let entries: MapEntry[] = [];
  /** The territory whose area each highlighted département belongs to. */
  let areaOwner = new Map<string, MapEntry>();
  let index = new Supercluster<PointProperties>();
  /** Marker keys to focus after a cluster opened with the keyboard. */
  let focusAfterMove: string[] | undefined;
  let returnFocus: HTMLElement | undefined;
  let popupOpen = false;

  const popupFor = (entry: MapEntry) => popupHtml(entry, data, options.base);

  function pointMarker(i: number, lat: number, lon: number): L.Marker {
    const entry = entries[i]!;
    const text = entry.distinction?.short ?? fr.distinction.unknownShort;
    const width = Math.max(MARKER_SIZE, 14 + 8 * text.length);
    const label = `${entry.territory.name} : ${distinctionLabel(entry.distinction)} (${entry.year})`;
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({ className: 'tnl-marker', html: markHtml(entry.distinction), iconSize: [width, MARKER_SIZE] }),
      title: label,
      riseOnHover: true,
      // Higher distinctions on top of lower ones where markers overlap.
      zIndexOffset: (entry.distinction?.tone ?? 0) * 100,
    });
    marker.bindPopup(() => popupFor(entry), { maxWidth: 280, autoPanPadding: [16, 16] });
    marker.on('add', () => {
      const icon = marker.getElement()!;
      icon.setAttribute('aria-label', label);
      icon.dataset.slug = entry.territory.slug;
    });
    // Leaflet opens the popup with Enter; Space is what a role="button" also promises.
    marker.on('keydown', (event: L.LeafletKeyboardEvent) => {
      if (event.originalEvent.key !== ' ') return;
      event.originalEvent.preventDefault();
      marker.openPopup();
    });
    return marker;
  }

  function clusterMarker(id: number, count: number, lat: number, lon: number): L.Marker {
    const size = MARKER_SIZE + 4 + 4 * Math.max(0, String(count).length - 2);
    const label = fr.map.clusterLabel(count);
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({ className: 'tnl-marker tnl-marker-group', html: clusterMarkHtml(count), iconSize: [size, size] }),
      title: label,
      zIndexOffset: 1000,
    });
    marker.on('add', () => {
      const icon = marker.getElement()!;
      icon.setAttribute('aria-label', label);
      icon.dataset.count = String(count);
    });
    const expand = (byKeyboard: boolean) => {
      focusAfterMove = byKeyboard ? index.getChildren(id).map(keyOf) : undefined;
      map.setView([lat, lon], Math.min(index.getClusterExpansionZoom(id), MAX_ZOOM), { animate: false });
    };
    marker.on('click', () => expand(false));
    marker.on('keydown', (event: L.LeafletKeyboardEvent) => {
      const key = event.originalEvent.key;
      if (key !== 'Enter' && key !== ' ') return;
      event.originalEvent.preventDefault();
      expand(true);
    });
    return marker;
  }

  function keyOf({ properties }: Item): string {
    return isCluster(properties) ? `c${properties.cluster_id}` : `p${properties.i}`;
  }

  /** Adds the markers of the clusters in view and removes the others; markers still in view are kept (and keep the focus). */
  function update(): void {
    const bounds = map.getBounds();
    const clusters = index.getClusters([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], map.getZoom());
    const next = new Map<string, L.Marker>();
    for (const cluster of clusters) {
      const key = keyOf(cluster);
      const [lon, lat] = cluster.geometry.coordinates as [number, number];
      const properties = cluster.properties;
      const marker =
        markers.get(key) ??
        (isCluster(properties)
          ? clusterMarker(properties.cluster_id, properties.point_count, lat, lon)
          : pointMarker(properties.i, lat, lon));
      next.set(key, marker);
    }
    for (const [key, marker] of markers) if (!next.has(key)) layer.removeLayer(marker);
    for (const [key, marker] of next) if (!markers.has(key)) layer.addLayer(marker);
    markers.clear();
    for (const [key, marker] of next) markers.set(key, marker);
    if (focusAfterMove) {
      const target = focusAfterMove.map((key) => markers.get(key)?.getElement()).find(Boolean);
      (target ?? element).focus();
      focusAfterMove = undefined;
    }
  }
  map.on('moveend', update);

  // Popups: focus moves into the popup, Escape closes it, and the focus goes back where it was.
  map.on('popupopen', (event: L.PopupEvent) => {
    popupOpen = true;
    const popup = event.popup.getElement();
    popup?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', fr.map.closePopup);
    const source = (event.popup as L.Popup & { _source?: L.Layer })._source;
    returnFocus ??= source instanceof L.Marker ? source.getElement() : undefined;
    popup?.querySelector<HTMLElement>('.tnl-popup-name a')?.focus({ preventScroll: true });
  });
  map.on('popupclose', (event: L.PopupEvent) => {
    popupOpen = false;
    const target = returnFocus;
    returnFocus = undefined;
    const popup = event.popup.getElement();
    const focusWasInPopup = !document.activeElement || document.activeElement === document.body || popup?.contains(document.activeElement);
    if (target?.isConnected && focusWasInPopup) target.focus({ preventScroll: true });
  });
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && popupOpen) map.closePopup();
  });

  /** Highlights the départements of the départements and régions shown; a click opens their popup. */
  function drawAreas(): void {
    areaOwner = new Map();
    for (const entry of entries) for (const code of entry.territory.area ?? []) if (!areaOwner.has(code)) areaOwner.set(code, entry);
    for (const path of departementPaths) path.classList.toggle('tnl-on', areaOwner.has(path.dataset.code!));
  }
  baseLayer.on('click', (event: L.LeafletMouseEvent) => {
    const code = (event.originalEvent.target as Element).closest<SVGPathElement>('path[data-code]')?.dataset.code;
    const entry = code ? areaOwner.get(code) : undefined;
    if (entry) L.popup({ maxWidth: 280 }).setLatLng(event.latlng).setContent(popupFor(entry)).openOn(map);
  });

  return {
    show(next, fit) {
      entries = next;
      const features = entries.flatMap((entry, i): Array<Feature<Point, PointProperties>> => {
        const point = entry.territory.point;
        return point ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: [point[1], point[0]] }, properties: { i } }] : [];
      });
      // Up to MAX_ZOOM - 1 nearby markers merge; at the closest zoom every territory has its own.
      // No level is built below the map's own minimum zoom.
      index = new Supercluster<PointProperties>({
        radius: 30,
        extent: 256,
        minZoom: Math.max(0, Math.floor(map.getMinZoom())),
        maxZoom: MAX_ZOOM - 1,
        minPoints: 2,
      }).load(features);
      map.closePopup();
      layer.clearLayers();
      markers.clear();
      drawAreas();
      const bounds = fit && fit !== 'france' ? regionBounds(fit) : fit === 'france' ? france : undefined;
      // setView/fitBounds without animation fire moveend at once, which draws the markers.
      if (bounds) map.fitBounds(bounds, { padding: [12, 12], animate: false, maxZoom: 9 });
      else update();
    },
    locate(slug, focusBack) {
      const i = entries.findIndex((entry) => entry.territory.slug === slug);
      const point = entries[i]?.territory.point;
      if (!point) return false;
      const [lat, lon] = point;
      const alone = (zoom: number) =>
        index.getClusters([lon - 1e-6, lat - 1e-6, lon + 1e-6, lat + 1e-6], zoom).some((f) => keyOf(f) === `p${i}`);
      // Closer than LOCATE_ZOOM the generalised base map shows little around the point: a territory
      // still grouped there gets its popup over the group rather than a zoom to nowhere.
      let zoom = Math.max(Math.ceil(map.getZoom()), 6);
      const limit = Math.max(zoom, LOCATE_ZOOM);
      while (zoom < limit && !alone(zoom)) zoom++;
      map.setView([lat, lon], zoom, { animate: false });
      returnFocus = focusBack;
      const marker = markers.get(`p${i}`);
      if (marker) marker.openPopup();
      else L.popup({ maxWidth: 280 }).setLatLng([lat, lon]).setContent(popupFor(entries[i]!)).openOn(map);
      return true;
    },
  };
}
