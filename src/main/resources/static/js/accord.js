/*
 * Behaviour Accord's pages share, kept out of the pages so that their Content-Security-Policy admits no
 * inline script. A file input that names its limit (data-too-large, the message) refuses a file beyond
 * 20 MB before it is sent.
 */
(function () {
  'use strict';

  const LIMIT = 20971520;

  document.addEventListener('change', function (event) {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.dataset.tooLarge) {
      return;
    }
    input.setCustomValidity(input.files.length && input.files[0].size > LIMIT ? input.dataset.tooLarge : '');
    input.reportValidity();
  });
})();
