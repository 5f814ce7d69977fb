// Opens archives: window.huitanArchive(files, kind) (kind "jsonl", "csv" or "folder"; files an
// array or FileList of File) shows them in the archive view, which is its own wasm binary
// (src/bin/archive.rs, Trunk's no-modules build) loaded on first use, so that the page's first
// load carries none of it. window.huitanArchiveEntries(entries) takes a dropped folder's
// FileSystemEntry objects and reads their files first. Calls made while the view loads wait in
// window.huitanArchiveQueue, which the view empties once mounted; the page's calls made before
// this script ran wait in window.huitanArchivePending.
(function () {
  "use strict";
  var queue = (window.huitanArchiveQueue = []);
  var loading = false;

  function root() {
    var el = document.getElementById("archive-root");
    if (!el) {
      el = document.createElement("div");
      el.id = "archive-root";
      var app = document.getElementById("app");
      app.parentNode.insertBefore(el, app);
    }
    return el;
  }

  function failed() {
    var p = document.createElement("p");
    p.className = "status status-error";
    p.setAttribute("role", "alert");
    p.setAttribute("data-testid", "archive-status");
    p.textContent = "无法载入档案视图。 The archive view could not be loaded.";
    root().replaceChildren(p);
  }

  function load() {
    if (loading) return;
    loading = true;
    root();
    var style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = "./archive.css";
    document.head.appendChild(style);
    var script = document.createElement("script");
    script.src = "./archive.js";
    script.onload = function () {
      // The no-modules build's global (a top-level `let`, so not a property of window); running
      // the module mounts the view.
      /* global wasm_bindgen */
      wasm_bindgen({ module_or_path: "./archive_bg.wasm" }).catch(failed);
    };
    script.onerror = failed;
    document.head.appendChild(script);
  }

  window.huitanArchive = function (files, kind) {
    if (kind === "entries") {
      window.huitanArchiveEntries(files);
      return;
    }
    var list = Array.prototype.slice.call(files);
    if (typeof window.huitanArchiveOpen === "function") {
      window.huitanArchiveOpen(list, kind);
    } else {
      queue.push([list, kind]);
      load();
    }
  };

  // A dropped folder: every file under it, in path order, then opened as a folder archive.
  function walk(entry, into) {
    if (entry.isFile) {
      return new Promise(function (ok) {
        entry.file(
          function (file) {
            into.push({ path: entry.fullPath.replace(/^\//, ""), file: file });
            ok();
          },
          function () {
            ok();
          }
        );
      });
    }
    if (!entry.isDirectory) return Promise.resolve();
    var reader = entry.createReader();
    return new Promise(function (ok) {
      var all = [];
      // readEntries gives its entries in batches until an empty one.
      (function next() {
        reader.readEntries(
          function (batch) {
            if (!batch.length) {
              Promise.all(all.map(function (e) { return walk(e, into); })).then(ok);
              return;
            }
            all = all.concat(Array.prototype.slice.call(batch));
            next();
          },
          function () {
            ok();
          }
        );
      
  // What the page asked for before this script ran (src/web/archive/handoff.rs).
  var pending = window.huitanArchivePending || [];
  window.huitanArchivePending = [];
  pending.forEach(function (call) {
    window.huitanArchive(call[0], call[1]);
  });
})();
    });
  }

  window.huitanArchiveEntries = function (entries) {
    var found = [];
    Promise.all(Array.prototype.map.call(entries, function (e) { return walk(e, found); })).then(function () {
      found.sort(function (a, b) { return a.path < b.path ? -1 : a.path > b.path ? 1 : 0; });
      // A File from an entry has no webkitRelativePath: it is given its path as a new File.
      var files = found.map(function (f) {
        return new File([f.file], f.path, { type: f.file.type, lastModified: f.file.lastModified });
      });
      window.huitanArchive(files, "folder");
    });
  };

  // What the page asked for before this script ran (src/web/archive/handoff.rs).
  var pending = window.huitanArchivePending || [];
  window.huitanArchivePending = [];
  pending.forEach(function (call) {
    window.huitanArchive(call[0], call[1]);
  });
})();
