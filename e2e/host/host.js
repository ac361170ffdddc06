window.received = [];
window.addEventListener('message', (event) => window.received.push({ origin: event.origin, data: event.data }));
