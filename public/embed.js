/* Bắc Ninh economic dashboard: resizes its iframes on a host page.
 * Include once per page: <script src="https://…/embed.js" defer></script>.
 * An embed posts {"type": "bac-ninh-dashboard:height", "id": "…", "height": 1234}; this
 * script sets that height on the one iframe whose window sent it (matched by
 * event.source, never by origin alone) and evaluates nothing from the message.
 * Embeds that loaded before this script are asked to measure themselves again. */
(function () {
  'use strict';
  if (window.bacNinhDashboardEmbed) return;
  window.bacNinhDashboardEmbed = true;
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
})();
