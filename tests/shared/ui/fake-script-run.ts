// A fake google.script.run for loading the built Sidebar.html in Chromium without Apps Script: the
// test gives, per server function, the results to return in order (the last one repeats); a result
// { __throw: text } calls the failure handler with an Error, as a server exception does. Every call
// is recorded in window.__khungCalls as [name, args]. { __delay: ms, value } answers `value` after
// `ms` instead of the usual 20 ms, to look at the sidebar while a call runs.

/** A scripted result: a value for the success handler, or a thrown server error. */
export type FakeResult = unknown;
export type FakeScript = Record<string, FakeResult[]>;

/** The init script (page.addInitScript) that installs the fake with `script`. */
export function fakeScriptRun(script: FakeScript): string {
  return `(() => {
  const script = ${JSON.stringify(script)};
  const used = {};
  window.__khungCalls = [];
  window.__khungScript = script;
  const answer = (name) => {
    const list = window.__khungScript[name] || [];
    const i = Math.min(used[name] || 0, list.length - 1);
    used[name] = (used[name] || 0) + 1;
    return list[i];
  };
  const runner = (ok, fail) => new Proxy({}, {
    get(_, prop) {
      if (prop === 'withSuccessHandler') return (h) => runner(h, fail);
      if (prop === 'withFailureHandler') return (h) => runner(ok, h);
      if (prop === 'withUserObject') return () => runner(ok, fail);
      return (...args) => {
        window.__khungCalls.push([prop, args]);
        const scripted = answer(prop);
        const delayed = scripted && typeof scripted === 'object' && '__delay' in scripted;
        const value = delayed ? scripted.value : scripted;
        setTimeout(() => {
          if (value && typeof value === 'object' && '__throw' in value) fail && fail(new Error(value.__throw));
          else ok && ok(value);
        }, delayed ? scripted.__delay : 20);
      };
    },
  });
  window.google = { script: { run: runner(null, null) } };
})();`;
}
