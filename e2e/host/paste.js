// What a CMS does with the code an editor pastes into an article: the markup as it is, its
// script loaded and run. (A fragment's scripts run once inserted, unlike innerHTML's.)
document.querySelector('article').append(document.createRange().createContextualFragment(new URLSearchParams(location.search).get('code') ?? ''));
