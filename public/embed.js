/* Bắc Ninh economic dashboard on a host page: sizes its iframes, and defines
 * <bac-ninh-dashboard view="growth" lang="vi" theme="dark"></bac-ninh-dashboard>
 * (theme: light without it, "dark", or "auto" to follow the reader's device).
 * Include once per page: <script src="https://…/embed.js" defer></script>.
 *
 * Each of the dashboard's iframes gets the column's full width, no border and, from its
 * messages, its content's height. An embed posts
 * {"type": "bac-ninh-dashboard:height", "id": "…", "height": 1234}. This
 * script sets that height on the iframe whose window sent it (event.source), and only if
 * that iframe shows the dashboard (its src lies where this script does) and the message
 * comes from the origin of its src: any other frame of the page (an advertisement, say)
 * may post the same format, and is ignored. A height must be a finite positive number and
 * is capped at MAX_HEIGHT; nothing else of a message is used, and nothing is evaluated.
 * Frames inside open shadow roots are found too, and the element's own frames wherever
 * the element is. Embeds that loaded before this script are asked to measure themselves.
 *
 * The element makes inside itself the same auto-height iframe the embed panel writes,
 * and follows changes of its attributes. Until this script runs, or without it, the
 * element's own content (a link to the dashboard) shows. Styles are set through the
 * CSSOM only, never as a style attribute, so the host page needs no 'unsafe-inline':
 * the embed code carries none, since a host's `style-src 'self'` would block it. */
(function () {
  'use strict';
  // The "already loaded" flag is a symbol: an element with id="…" becomes a property of
  // window under that name, so host markup could forge a flag with a name.
  var LOADED = Symbol.for('bac-ninh-dashboard/embed.js');
  if (window[LOADED]) return;
  window[LOADED] = true;
  // The dashboard lives where this script does; without knowing where, no frame is its.
  var script = document.currentScript;
  var base = script && script.src ? new URL('./', script.src).href : '';
  if (!base) return;
  // The tallest an embed is made, in CSS pixels: the whole dashboard at 320 px is about 19 000
  // (tables closed), so this leaves room for every table open, and none for a runaway.
  var MAX_HEIGHT = 40000;
  // The element's frames, which may be in closed shadow roots that no search reaches.
  var made = [];

  /** Every iframe in `root` and in the open shadow roots below it. */
  function framesIn(root, found) {
    var all = root.querySelectorAll('*');
    for (var i = 0; i < all.length; i++) {
      if (all[i].tagName === 'IFRAME') found.push(all[i]);
      if (all[i].shadowRoot) framesIn(all[i].shadowRoot, found);
    }
    return found;
  }

  /** The origin of `frame`'s page if it is the dashboard's, else null. */
  function dashboardOrigin(frame) {
    try {
      var src = new URL(frame.getAttribute('src') || '', document.baseURI);
      return src.href.indexOf(base) === 0 ? src.origin : null;
    } catch (e) {
      return null;
    }
  }

  /** The dashboard's frame as wide as its column, without the default inset border. */
  function fit(frame) {
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'bac-ninh-dashboard:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0) return;
    var frames = framesIn(document, made.slice());
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        if (dashboardOrigin(frames[i]) === event.origin) {
          fit(frames[i]);
          frames[i].style.height = Math.ceil(Math.min(height, MAX_HEIGHT)) + 'px';
        }
        return;
      }
    }
  });
  // A frame still on its first about:blank has not loaded the dashboard yet: it posts its
  // height itself once it has, and a message to it now would be refused (Firefox logs it).
  var stillBlank = function (frame) {
    try {
      return frame.contentWindow.location.href === 'about:blank';
    } catch (e) {
      return false;
    }
  };
  var frames = framesIn(document, []);
  for (var i = 0; i < frames.length; i++) {
    var origin = dashboardOrigin(frames[i]);
    if (origin) fit(frames[i]);
    if (origin && frames[i].contentWindow && !stillBlank(frames[i])) {
      frames[i].contentWindow.postMessage({ type: 'bac-ninh-dashboard:measure' }, origin);
    }
  }

  if (!window.customElements || customElements.get('bac-ninh-dashboard')) return;
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
      if (theme === 'dark' || theme === 'auto') query.set('theme', theme);
      return { src: base + page + '?' + query.toString(), lang: lang };
    }

    render() {
      var target = this.address();
      if (!this.frame) {
        this.frame = document.createElement('iframe');
        this.frame.setAttribute('loading', 'lazy');
        this.frame.setAttribute('height', '600');
        fit(this.frame);
        made.push(this.frame);
        this.replaceChildren(this.frame);
      }
      this.frame.title = this.getAttribute('title') || TITLES[target.lang];
      if (this.frame.getAttribute('src') !== target.src) this.frame.setAttribute('src', target.src);
    }
  }
  customElements.define('bac-ninh-dashboard', DashboardElement);
})();
