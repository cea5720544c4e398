// The markers of the Leaflet map: one per territory, clustered with supercluster so that only the
// markers of the clusters in view exist in the page, even with 10,000 territories. A marker is a
// button (Enter or Space opens its popup); a cluster zooms in, and with the keyboard the focus
// moves to the first of its markers.
import L from 'leaflet';
import Supercluster, { type ClusterProperties } from 'supercluster';
import type { Feature, Point } from 'geojson';
import { frMap } from '../../i18n/fr';
import type { MapEntry } from '../../lib/map/filter';
import { clusterMarkHtml, distinctionLabel, markHtml } from '../../lib/map/html';

/** Closest zoom (2^zoom pixels per degree of latitude): a few communes wide. */
export const MAX_ZOOM = 10;
/** Deepest zoom used to show a territory from the list (a few départements in view). */
const LOCATE_ZOOM = 8;
/** Height of a marker in pixels; a marker is as wide as its text needs. */
const MARKER_SIZE = 28;

type PointProperties = { i: number };
type Item = ReturnType<Supercluster<PointProperties>['getClusters']>[number];

function isCluster(properties: Item['properties']): properties is ClusterProperties {
  return 'cluster' in properties && properties.cluster === true;
}

function keyOf({ properties }: Item): string {
  return isCluster(properties) ? `c${properties.cluster_id}` : `p${properties.i}`;
}

export interface Markers {
  /** Replaces the territories shown; the markers in view are drawn at the next `update`. */
  setEntries(entries: MapEntry[]): void;
  /** Adds the markers of the clusters in view and removes the others. */
  update(): void;
  /**
   * Centres the map on a territory at the first zoom where it stands alone, if that keeps some
   * context, and opens its popup; `beforePopup` runs once the map has moved, just before.
   */
  locate(slug: string, beforePopup?: () => void): boolean;
}

/**
 * The marker layer of `map`; `element` (the map's focusable element) gets the focus when a cluster
 * opened with the keyboard has no marker left in view.
 */
export function addMarkers(map: L.Map, element: HTMLElement, popupFor: (entry: MapEntry) => string): Markers {
  const layer = L.layerGroup().addTo(map);
  const markers = new Map<string, L.Marker>();
  let entries: MapEntry[] = [];
  let index = new Supercluster<PointProperties>();
  /** Marker keys to focus after a cluster opened with the keyboard. */
  let focusAfterMove: string[] | undefined;

  function pointMarker(i: number, lat: number, lon: number): L.Marker {
    const entry = entries[i]!;
    const text = entry.distinction?.short ?? frMap.unknownShort;
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
    const label = frMap.clusterLabel(count);
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

  // Markers still in view are kept (and keep the focus).
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

  return {
    setEntries(next) {
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
      layer.clearLayers();
      markers.clear();
    },
    update,
    locate(slug, beforePopup) {
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
      beforePopup?.();
      const marker = markers.get(`p${i}`);
      if (marker) marker.openPopup();
      else L.popup({ maxWidth: 280 }).setLatLng([lat, lon]).setContent(popupFor(entries[i]!)).openOn(map);
      return true;
    },
  };
}
