// Host components that keep the dashboard in shadow roots: one open, with the iframe code of
// the embed panel, and one closed, with a <bac-ninh-dashboard> element. The closed root is
// handed to the test (window.closedRoot), which no page script could otherwise reach.
customElements.define(
  'open-widget',
  class extends HTMLElement {
    connectedCallback() {
      const frame = document.createElement('iframe');
      frame.id = 'shadow-frame';
      frame.src = 'http://127.0.0.1:4173/embed-pci-vi.html?id=shadow-frame';
      frame.title = 'Bắc Ninh — PCI';
      frame.height = '600';
      frame.style.width = '100%';
      frame.style.border = '0';
      this.attachShadow({ mode: 'open' }).append(frame);
    }
  },
);
customElements.define(
  'closed-widget',
  class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'closed' });
      const element = document.createElement('bac-ninh-dashboard');
      element.id = 'shadow-element';
      element.setAttribute('view', 'budget');
      element.setAttribute('lang', 'en');
      root.append(element);
      window.closedRoot = root;
    }
  },
);
