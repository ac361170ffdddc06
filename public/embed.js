/* Bắc Ninh economic dashboard on a host page: sizes its iframes, and defines
 * <bac-ninh-dashboard view="growth" lang="vi" theme="light"></bac-ninh-dashboard>.
 * Include once per page: <script src="https://…/embed.js" defer></script>.
 *
 * An embed posts {"type": "bac-ninh-dashboard:height", "id": "…", "height": 1234}; this
 * script sets that height on the one iframe whose window sent it (matched by
 * event.source, never by origin alone) and evaluates nothing from the message.
 * Embeds that loaded before this script are asked to measure themselves again.
 *
 * The element makes inside itself the same auto-height iframe the embed panel writes,
 * and follows changes of its attributes. Until this script runs, or without it, the
 * element's own content (a link to the dashboard) shows. It sets styles through the
 * CSSOM only, so the host page needs no 'unsafe-inline'. */
(function () {
  'use strict';
  if (window.bacNinhDashboardEmbed) return;
  window.bacNinhDashboardEmbed = true;
  // The dashboard lives where this script does.
  var script = document.currentScript;
  var base = script && script.src ? new URL('./', script.src).href : '';

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'bac-ninh-dashboard:height') return;
    var height = Number(data.height);
    if (!(height > 0 && height < 100000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: 'bac-ninh-dashboard:measure' }, '*');
  }

  if (!window.customElements || customElements.get('bac-ninh-dashboard') || !base) return;
  var VIEWS = /^(all|figures|compare|growth|exports|fdi|budget|ranks|pci)$/;
  var TITLES = { vi: 'Bắc Ninh — kinh tế qua số liệu', en: 'Bắc Ninh — the economy in figures' };
  var count = 0;

  class DashboardElement extends HTMLElement {
    static get observedAttributes() {
      return ['view', 'lang', 'theme'];
    }

    connectedCallback() {
      this.render();
    }

    attributeChangedCallback() {
      if (this.isConnected) this.render();
    }

    /** The iframe's address from the attributes; unknown values fall back to the defaults. */
    address() {
      var view = this.getAttribute('view') || 'all';
      var lang = this.getAttribute('lang') === 'en' ? 'en' : 'vi';
      var theme = this.getAttribute('theme');
      if (!this.embedId) this.embedId = this.id || 'bac-ninh-element-' + ++count;
      // Each view in each language is a prerendered page (see core/src/page.rs, StaticPage).
      var page = 'embed-' + (VIEWS.test(view) ? view : 'all') + '-' + lang + '.html';
      var query = new URLSearchParams({ id: this.embedId });
      if (theme === 'light' || theme === 'dark') query.set('theme', theme);
      return { src: base + page + '?' + query.toString(), lang: lang };
    }

    render() {
      var target = this.address();
      if (!this.frame) {
        this.frame = document.createElement('iframe');
        this.frame.setAttribute('loading', 'lazy');
        this.frame.setAttribute('height', '600');
        this.frame.style.width = '100%';
        this.frame.style.border = '0';
        this.frame.style.display = 'block';
        this.replaceChildren(this.frame);
      }
      this.frame.title = this.getAttribute('title') || TITLES[target.lang];
      if (this.frame.getAttribute('src') !== target.src) this.frame.setAttribute('src', target.src);
    }
  }
  customElements.define('bac-ninh-dashboard', DashboardElement);
})();
