window.received = [];
window.addEventListener('message', (event) => window.received.push({ origin: event.origin, data: event.data }));
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => window.violations.push(event.violatedDirective));
