// The Leaflet map of /carte/, loaded with import() only there. The base map is the SVG built from
// the repository's TopoJSON (no tile server, nothing from another origin), laid over the map in an
// equirectangular projection where it lines up exactly with the markers, DROM in insets
// (base-layer.ts); markers are clustered with supercluster so that only the visible clusters exist
// in the page, even with 10,000 territories (markers.ts); popups keep the keyboard focus in order
// (popup-focus.ts).
//
// How territories are drawn: every territory is one marker at its derived position (commune, EPCI
// or département/région centre, members' centre, explicit position), so that counting, clustering,
// keyboard use and the list work the same for all. A département or a région also gets its area
// highlighted (its départements, exactly). An EPCI or a syndicat does not: the repository has no
// EPCI or commune outlines, and colouring whole départements would overstate their reach.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { frMap } from '../../i18n/fr';
import type { MapData } from '../../lib/map/map-data';
import type { MapEntry } from '../../lib/map/filter';
import { popupHtml } from '../../lib/map/html';
import { INSET_LON_SCALE } from '../../lib/map/web-base-map';
import { addBaseLayer } from './base-layer';
import { addMarkers, MAX_ZOOM } from './markers';
import { managePopupFocus } from './popup-focus';

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
  element.setAttribute('aria-label', frMap.mapLabel);
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
  L.control.zoom({ position: 'topright', zoomInTitle: frMap.zoomIn, zoomOutTitle: frMap.zoomOut }).addTo(map);
  L.control.attribution({ prefix: '<a href="https://leafletjs.com/">Leaflet</a>' }).addAttribution(frMap.baseMapAttribution).addTo(map);

  const popupFor = (entry: MapEntry) => popupHtml(entry, data, options.base);
  const base = addBaseLayer(map, element, baseMapSvg);
  const markers = addMarkers(map, element, popupFor);
  const focus = managePopupFocus(map, element);
  base.onAreaClick((entry, at) => L.popup({ maxWidth: 280 }).setLatLng(at).setContent(popupFor(entry)).openOn(map));

  return {
    show(entries, fit) {
      map.closePopup();
      markers.setEntries(entries);
      base.drawAreas(entries);
      const bounds = fit && fit !== 'france' ? base.regionBounds(fit) : fit === 'france' ? base.france : undefined;
      // setView/fitBounds without animation fire moveend at once, which draws the markers.
      if (bounds) map.fitBounds(bounds, { padding: [12, 12], animate: false, maxZoom: 9 });
      else markers.update();
    },
    locate(slug, returnFocus) {
      return markers.locate(slug, () => focus.returnTo(returnFocus));
    },
  };
}
