// Registers sw.js (the offline copy) once the page has loaded, and says when a new release is
// waiting, with a button that reloads into it. Plain JS, so the Rust app's first load stays small.
(() => {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  const url = new URL("sw.js", document.currentScript.src);
  const scope = new URL("./", url).href;
  // Set by scripts/sw-manifest.mjs; off under `trunk serve`, where a copy would hide rebuilds.
  if (!/* sw-manifest:enabled */ false) {
    sw.getRegistration(scope).then((r) => r?.scope === scope && r.unregister());
    return;
  }
  // A new release taking the page reloads it (the page and its workers are one release); the
  // first visit's worker taking it does not.
  let reload = !!sw.controller;
  sw.addEventListener("controllerchange", () => reload ? location.reload() : (reload = true));
  addEventListener("load", () => {
    const region = document.createElement("div");
    region.className = "update-region";
    region.setAttribute("role", "status");
    document.body.append(region);
    // A worker waiting beside an active one is a new release; the first visit's never waits.
    const check = (reg) => {
      if (!reg.waiting || !reg.active || region.firstChild) return;
      region.innerHTML =
        '<div class="notice" data-testid="update-ready"><p><span lang="zh-Hans">新版本已就绪。</span> ' +
        '<span lang="en">A new version is ready.</span></p><button type="button" class="button">' +
        '<span lang="zh-Hans">重新加载</span> <span lang="en">Reload</span></button></div>';
      region.querySelector("button").onclick = (e) => {
        e.currentTarget.disabled = reload = true;
        reg.waiting ? reg.waiting.postMessage("skip-waiting") : location.reload();
      };
    };
    sw.register(url).then((reg) => {
      check(reg);
      reg.onupdatefound = () => {
        const w = reg.installing;
        w.onstatechange = () => w.state === "installed" && check(reg);
      };
      // A tab left open learns of a new release when it is looked at again.
      document.addEventListener("visibilitychange", () => document.hidden || reg.update().catch(() => {}));
    }, (e) => console.warn(`Huitan will not work offline here: the service worker was refused (${e}).`));
  });
})();
