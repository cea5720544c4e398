// <atlas-copy>: a copy button for the code in its <textarea>. Without JavaScript the button stays
// hidden and the code is selected by hand; the messages come from the element's data-* attributes.

class AtlasCopy extends HTMLElement {
  connectedCallback(): void {
    const code = this.querySelector('textarea');
    const button = this.querySelector<HTMLButtonElement>('[data-copy]');
    const status = this.querySelector('[data-copy-status]');
    if (!code || !button || !status || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.value);
        status.textContent = this.dataset.copied ?? '';
      } catch {
        code.select();
        status.textContent = this.dataset.failed ?? '';
      }
    });
  }
}

if (!customElements.get('atlas-copy')) customElements.define('atlas-copy', AtlasCopy);
