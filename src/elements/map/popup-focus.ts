// Keyboard use of the map's popups: the focus moves into a popup when it opens, Escape closes it,
// and the focus goes back where it was (the marker, or the list's « Situer » button).
import L from 'leaflet';
import { frMap } from '../../i18n/fr';

export interface PopupFocus {
  /** Where the focus returns when the next popup closes (otherwise: the marker that opened it). */
  returnTo(element: HTMLElement | undefined): void;
}

export function managePopupFocus(map: L.Map, element: HTMLElement): PopupFocus {
  let returnFocus: HTMLElement | undefined;
  let popupOpen = false;
  map.on('popupopen', (event: L.PopupEvent) => {
    popupOpen = true;
    const popup = event.popup.getElement();
    popup?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', frMap.closePopup);
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
  return {
    returnTo(target) {
      returnFocus = target;
    },
  };
}
