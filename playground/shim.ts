/**
 * google.script.run for the sidebar in the playground: the same chainable, asynchronous API
 * (withSuccessHandler / withFailureHandler / withUserObject, then the server function), forwarding
 * each call to POST /rpc/<name> where the built Code.js runs against the emulated document. After
 * each call the parent page is told to redraw the document.
 */
export const GOOGLE_SCRIPT_SHIM = `<script>
(function () {
  function runner(h) {
    var self = new Proxy({}, {
      get: function (_t, name) {
        if (name === 'withSuccessHandler') return function (fn) { return runner(Object.assign({}, h, { ok: fn })); };
        if (name === 'withFailureHandler') return function (fn) { return runner(Object.assign({}, h, { fail: fn })); };
        if (name === 'withUserObject') return function (o) { return runner(Object.assign({}, h, { user: o })); };
        return function () {
          // Like Apps Script's runner, a server function works only as a method of its runner.
          if (this !== self) throw new Error('google.script.run: ' + String(name) + ' called detached from its runner');
          var args = Array.prototype.slice.call(arguments);
          fetch('/rpc/' + String(name), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) })
            .then(function (r) { return r.ok ? r.json() : r.text().then(function (t) { throw new Error(t); }); })
            .then(function (v) { if (h.ok) h.ok(v, h.user); }, function (e) { if (h.fail) h.fail(e, h.user); })
            .then(function () { if (window.parent !== window) window.parent.postMessage('khung:doc-changed', '*'); });
        };
      },
    });
    return self;
  }
  window.google = { script: {
    run: runner({}),
    host: { close: function () {}, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } },
    url: { getLocation: function (cb) { cb({ hash: '', parameter: {}, parameters: {} }); } },
  } };
})();
</script>`;

/** The built Sidebar.html with the shim as the first thing in <head>, before the sidebar's script. */
export function withShim(html: string): string {
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return GOOGLE_SCRIPT_SHIM + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + GOOGLE_SCRIPT_SHIM + html.slice(at);
}
