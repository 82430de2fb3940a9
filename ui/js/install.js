// Installing content from the window: the form (a bundle's path, typed or chosen in the
// native dialog), then the install's progress, followed while it runs on the Rust side.
// The panel sits outside the screens, so an install started at start-up shows on any screen.

import { api } from "./api.js";
import { el } from "./dom.js";

const POLL_MS = 150;
let following = false;

function panel() {
  return document.getElementById("install-panel");
}

/** The form: a path field, the native dialog, and the Install button. */
export function openInstallForm({ t, onFinished }) {
  if (following) return; // an install runs: its progress stays on show
  const path = el("input", { type: "text", id: "install-path", autocomplete: "off", "aria-describedby": "install-status" });
  const status = el("p", { class: "status failed", id: "install-status", role: "alert", hidden: true });
  const choose = el("button", {
    type: "button",
    id: "install-choose",
    onclick: async () => {
      const chosen = await api.chooseBundleFile();
      if (chosen) path.value = chosen;
    },
  }, t("ui-install-choose"));
  const start = async () => {
    status.hidden = true;
    try {
      render(await api.installBundle(path.value), { t, onFinished });
      follow({ t, onFinished });
    } catch (error) {
      status.textContent = error?.message ?? String(error);
      status.hidden = false;
      path.focus();
    }
  };
  const box = panel();
  box.replaceChildren(
    el("h2", { id: "install-heading" }, t("ui-install-heading")),
    el("p", {}, t("ui-install-intro")),
    el("label", { for: "install-path" }, t("ui-install-path-label")),
    el("div", { class: "path-row" }, path, choose),
    el("div", { class: "moves" },
      el("button", { type: "button", id: "install-start", class: "primary", onclick: start }, t("ui-install-start")),
      el("button", { type: "button", id: "install-close", onclick: () => { box.hidden = true; } }, t("ui-install-close"))),
    status);
  box.hidden = false;
  path.focus();
}

/** Draw one view of the install: the bar with counts, Stop while it runs, then the outcome. */
function render(view, { t, onFinished }) {
  const box = panel();
  const bar = el("progress", {
    id: "install-bar",
    max: String(Math.max(view.total, 1)),
    "aria-labelledby": "install-message",
  });
  if (view.total > 0) bar.value = view.done; // no value while reading: an indeterminate bar
  const parts = [
    el("h2", { id: "install-heading" }, t("ui-install-heading")),
    el("p", { class: "install-file", id: "install-file" }, view.file),
    view.running || view.installed ? bar : null,
    el("p", { id: "install-message", role: "status", "data-done": String(view.done), "data-total": String(view.total) }, view.message),
    view.problems.length
      ? el("ul", { id: "install-problems", class: "refusals" }, view.problems.map((p) => el("li", {}, p)))
      : null,
    view.running
      ? el("button", { type: "button", id: "install-cancel", onclick: () => api.cancelInstall() }, t("ui-install-cancel"))
      : el("button", { type: "button", id: "install-close", onclick: () => { box.hidden = true; } }, t("ui-install-close")),
  ];
  box.replaceChildren(...parts.filter(Boolean));
  box.dataset.state = view.running ? "running" : view.installed ? "installed" : "stopped";
  box.hidden = false;
  if (!view.running) onFinished();
}

/** Follow the running install (if any) until it ends. */
export async function follow(ctx) {
  if (following) return;
  following = true;
  try {
    for (;;) {
      const view = await api.installStatus();
      if (!view) return;
      render(view, ctx);
      if (!view.running) return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    following = false;
  }
}
