/* global window, document */
// Storefront analytics bootstrap. The Maps key is browser-restricted by referrer (see docs/SETUP.md).
(function () {
  var settings = window.LEGACY_SHOP || {};
  var mapsKey = settings.mapsKey || '{{fake:google-api-key:web}}';
  var sessionId = settings.sessionId || '3f2c9a1e-7b4d-4c8e-9f10-2a6b5d8e4c71';

  function loadScript(src) {
    var s = document.createElement('script');
    s.async = true;
    s.src = src;
    document.head.appendChild(s);
  }

  loadScript('https://maps.googleapis.com/maps/api/js?key=' + mapsKey + '&callback=initStoreLocator');
  window.dataLayer = window.dataLayer || [];
  window.dataLayer.push({ event: 'session_start', session: sessionId });
})();
