// Read aloud ("Voorlezen"): a small button on every block of a consultation screen (each
// element marked `data-read` with its block id), and tools to read the whole step, read more
// slowly and stop. The Rust side takes the text from the same view model the screen was drawn
// from and speaks it on this machine; the window only says which block.

import { api } from "./api.js";
import { el } from "./dom.js";

/** Read with the step, but without a button of their own (it would change their name). */
const NO_BUTTON = "h1, h2, h3, h4, h5, h6, dt, label";

let slower = null; // the reading speed, fetched once
let speaking = 0; // readings under way
let watching = false;

async function speak(call, onError) {
  speaking += 1;
  try {
    await call();
  } catch (error) {
    onError(error);
  } finally {
    speaking -= 1;
  }
}

function stop(onError) {
  return api.stopSpeaking().catch(onError);
}

function tools(session, { t, onError }) {
  const pace = el("button", {
    type: "button",
    id: "read-slower",
    "data-key": "read-slower",
    "aria-pressed": String(slower === true),
    onclick: async () => {
      const on = pace.getAttribute("aria-pressed") !== "true";
      try {
        await api.setSpeechRate(on);
        slower = on;
        pace.setAttribute("aria-pressed", String(on));
      } catch (error) {
        onError(error);
      }
    },
  }, t("ui-read-slower"));
  if (slower === null) {
    api.speechSettings().then((s) => {
      slower = s.slower;
      pace.setAttribute("aria-pressed", String(slower));
    }, onError);
  }
  return el("div", { class: "read-tools", id: "read-tools", role: "group", "aria-label": t("ui-read-tools") },
    el("button", {
      type: "button", id: "read-step", class: "read-step", "data-key": "read-step",
      onclick: () => speak(() => api.speakStep(session), onError),
    }, t("ui-read-step")),
    pace,
    el("button", { type: "button", id: "read-stop", "data-key": "read-stop", onclick: () => stop(onError) }, t("ui-read-stop")));
}

/** Leaving the consultation stops a reading: its stop button leaves with it. */
function watchScreen(onError) {
  if (watching) return;
  watching = true;
  const screen = document.getElementById("screen");
  new MutationObserver(() => {
    if (speaking && !screen.querySelector(".consultation")) stop(onError);
  }).observe(screen, { childList: true });
}

/**
 * Add read-aloud controls to a drawn consultation screen `root`: the tools after the step's
 * heading and a button on every block. `moved` says the screen is a new step: what was being
 * read stops.
 */
export function addReadAloud(root, session, { t, onError, moved }) {
  watchScreen(onError);
  if (moved && speaking) stop(onError);
  root.querySelector("#step-heading")?.after(tools(session, { t, onError }));
  for (const node of root.querySelectorAll("[data-read]")) {
    if (node.matches(NO_BUTTON) || !node.textContent.trim()) continue;
    const block = node.dataset.read;
    node.append(el("button", {
      type: "button",
      class: "read-aloud",
      "data-key": `read:${block}`,
      "aria-label": t("ui-read-aloud"),
      title: t("ui-read-aloud"),
      onclick: (e) => {
        e.stopPropagation();
        speak(() => api.speakBlock(session, block), onError);
      },
    }));
  }
}
