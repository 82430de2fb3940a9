// The keyboard: 1-7 open a step, the arrows the previous and next step (mirrored when the
// window reads right to left), M, Enter or Space mark the focused row of the option grid,
// the up and down arrows move between its rows, Escape goes to the start, ? opens the help.
// Keys typed in a text field are never taken.

import { el } from "./dom.js";

/** The consultation on screen: its root element, its steps and how to open one. */
let session = null;
let context = null;

/** Called by the consultation on every draw; the keys act while `root` is on screen. */
export function consultationKeys(bindings) {
  session = bindings;
}

/** A field where keys are text (or move a value), so no key of ours may act there. */
function typing(target) {
  if (!(target instanceof Element)) return false;
  if (target.isContentEditable) return true;
  if (target.tagName === "TEXTAREA" || target.tagName === "SELECT") return true;
  return target.tagName === "INPUT" && target.type !== "checkbox";
}

function gridRow(target) {
  return target instanceof Element ? target.closest("#option-grid tbody tr") : null;
}

/** The help overlay with every shortcut, in the window's language. */
function help() {
  const t = context.t;
  const keys = ["steps", "previous", "next", "rows", "mark", "tab", "escape", "help"];
  const before = document.activeElement;
  const close = () => {
    overlay.remove();
    before?.focus?.({ preventScroll: true });
  };
  const closeButton = el("button", { type: "button", id: "keys-close", onclick: close }, t("ui-keys-close"));
  const overlay = el("div", { class: "keys-help", id: "keys-help", role: "dialog", "aria-modal": "true", "aria-labelledby": "keys-heading" },
    el("div", { class: "keys-box" },
      el("h2", { id: "keys-heading" }, t("ui-keys-heading")),
      el("p", {}, t("ui-keys-intro")),
      el("table", { class: "keys" },
        el("tbody", {}, keys.map((k) => el("tr", { "data-keys": k },
          el("th", { scope: "row" }, el("kbd", {}, t(`ui-keys-${k}-key`))),
          el("td", {}, t(`ui-keys-${k}`)))))),
      el("p", { class: "keys-typing" }, t("ui-keys-typing")),
      closeButton));
  overlay.close = close;
  document.body.append(overlay);
  closeButton.focus();
}

function onKey(event) {
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
  const open = document.getElementById("keys-help");
  if (open) {
    if (event.key === "Escape" || event.key === "?") {
      event.preventDefault();
      open.close();
    }
    return;
  }
  if (typing(event.target)) return;
  if (event.key === "?") {
    event.preventDefault();
    help();
    return;
  }
  if (event.key === "Escape") {
    event.preventDefault();
    context.home();
    return;
  }
  if (!session?.root.isConnected) return;
  const row = gridRow(event.target);
  // M anywhere in the row; Enter on its checkbox (Space toggles a checkbox by itself; on the
  // row's other buttons, such as read aloud, Enter and Space keep their own meaning).
  const onMark = event.target.classList?.contains("mark-row") ?? false;
  if (row && (event.key === "m" || event.key === "M" || (event.key === "Enter" && onMark))) {
    event.preventDefault();
    row.querySelector(".mark-row")?.click();
    return;
  }
  if (row && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
    const rows = [...document.querySelectorAll("#option-grid tbody tr .mark-row")];
    const at = rows.indexOf(row.querySelector(".mark-row"));
    const to = rows[at + (event.key === "ArrowDown" ? 1 : -1)];
    if (to) {
      event.preventDefault();
      to.focus();
    }
    return;
  }
  if (/^[1-9]$/.test(event.key)) {
    const step = session.steps[Number(event.key) - 1];
    if (step) {
      event.preventDefault();
      session.open(step);
    }
    return;
  }
  if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
    const rtl = document.documentElement.dir === "rtl";
    const forward = event.key === (rtl ? "ArrowLeft" : "ArrowRight");
    const step = forward ? session.next : session.previous;
    if (step) {
      event.preventDefault();
      session.open(step);
    }
  }
}

/** Listen to the keys of the whole window; `t` gives fixed texts, `home` goes to the start. */
export function installKeys(ctx) {
  context = ctx;
  document.addEventListener("keydown", onKey);
}
