// An advertisement on another origin: it claims, in the dashboard's own message format, to
// be 99 999 px tall, as the dashboard's frame and as itself, every 300 ms for 6 s.
function claim() {
  parent.postMessage({ type: 'bac-ninh-dashboard:height', id: 'dash', height: 99999 }, '*');
  parent.postMessage({ type: 'bac-ninh-dashboard:height', id: 'ad', height: 99999 }, '*');
  parent.postMessage({ 'datawrapper-height': { dash: 99999 } }, '*');
}
let claims = 0;
const timer = setInterval(() => {
  claim();
  if (++claims >= 20) clearInterval(timer);
}, 300);
