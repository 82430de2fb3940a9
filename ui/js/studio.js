// The studio ("Keuzekaart maken", authoring mode only): a folder of grid files, the checker's
// findings beside a preview drawn with the consultation's own frame, the line of a finding,
// and a signed bundle with what patients would see of its provenance. The shell watches the
// folder and sends the new screen ("studio-changed") when a grid file is saved.

import { api } from "./api.js";
import { el, show } from "./dom.js";
import { consultationFrame } from "./consultation.js";
import { chooseButton } from "./take_home.js";

const listen = window.__TAURI__.event.listen;
let unlisten = null;
let opened = false; // a folder is open in the shell (it stays open when the studio redraws)

/** Show the studio; `t` gives fixed texts, `onError` shows a problem, `home` leaves. */
export function studioScreen({ t, onError, home }) {
  let screen = null;
  let step = "choice";
  let drawn = 0;

  const folder = el("input", { type: "text", id: "studio-folder", autocomplete: "off" });
  const summary = el("p", { id: "studio-summary", "aria-live": "polite" });
  const files = el("ul", { class: "studio-files", id: "studio-files" });
  const findings = el("div", { id: "studio-findings" });
  const line = el("section", { class: "studio-line", id: "studio-line", hidden: true });
  const switches = el("div", { class: "studio-switches", id: "studio-switches" });
  const preview = el("div", { class: "studio-preview", id: "studio-preview" });
  const publication = el("footer", { class: "publication", id: "studio-publication" });
  const publisher = el("input", { type: "text", id: "studio-publisher", autocomplete: "off" });
  const key = el("input", { type: "text", id: "studio-key", autocomplete: "off" });
  const password = el("input", { type: "password", id: "studio-password", autocomplete: "off" });
  const out = el("input", { type: "text", id: "studio-out", autocomplete: "off" });
  const provenance = el("div", { id: "studio-provenance", "aria-live": "polite" });
  const label = el("p", { class: "studio-label", id: "studio-label", role: "note" }, t("ui-studio-label"));

  const ask = (promise) => promise.then(draw).catch(onError);
  const choose = (changes) => ask(api.studioScreenFor(changes.file ?? null, changes.mode ?? null, changes.language ?? null));

  let shownLine = null; // the finding's line on screen, read again when the file changes
  const showLine = async (file, number) => {
    shownLine = { file, number };
    try {
      const shown = await api.studioLine(file, number);
      line.replaceChildren(
        el("h4", {}, t("ui-studio-line"), ": ", shown.heading),
        el("pre", { class: "studio-lines" }, shown.lines.map((l) =>
          el("span", { class: l.marked ? "studio-source-line marked" : "studio-source-line", "data-line": String(l.number), "aria-current": l.marked ? "true" : null },
            el("span", { class: "line-number" }, String(l.number)), l.text))));
      line.hidden = false;
      line.querySelector(".marked")?.scrollIntoView({ block: "nearest" });
    } catch (error) {
      onError(error);
    }
  };

  const drawFindings = () => {
    files.replaceChildren(...screen.files.map((f) =>
      el("li", {},
        el("button", { type: "button", class: "studio-file", "data-file": f.name, "aria-pressed": String(f.selected), onclick: () => choose({ file: f.name }) },
          el("span", { class: "studio-file-name" }, f.name),
          el("span", { class: f.errors ? "studio-counts has-errors" : "studio-counts" }, f.summary)))));
    findings.replaceChildren(screen.findings.length
      ? el("ul", { class: "findings" }, screen.findings.map((f) =>
        el("li", {},
          el("button", { type: "button", class: `finding ${f.severity}`, "data-file": f.file, "data-line": String(f.line), "data-code": f.code, onclick: () => showLine(f.file, f.line) },
            el("span", { class: "finding-location" }, f.location),
            el("span", { class: "finding-severity" }, f.severity_label),
            el("span", { class: "finding-message" }, f.message),
            f.field ? el("code", { class: "finding-field" }, f.field) : null))))
      : el("p", { class: "no-findings", id: "studio-no-findings" }, t("ui-studio-no-findings")));
  };

  const drawPreview = () => {
    const view = screen.preview;
    if (!view) {
      switches.replaceChildren();
      publication.replaceChildren();
      preview.replaceChildren(el("p", { class: "studio-preview-missing", id: "studio-preview-missing" }, screen.preview_missing));
      return;
    }
    const group = (heading, choices, attr, pick) => el("div", { class: "studio-switch", role: "group", "aria-label": heading },
      el("span", {}, heading),
      choices.map((c) => el("button", { type: "button", [attr]: c.value, lang: attr === "data-lang" ? c.value : null, "aria-pressed": String(c.current), onclick: () => choose(pick(c.value)) }, c.label)));
    switches.replaceChildren(
      group(t("ui-studio-mode"), view.modes, "data-mode", (mode) => ({ mode })),
      group(t("ui-studio-language"), view.languages, "data-lang", (language) => ({ language })));
    const shown = view.screens.find((s) => s.step === step) ?? view.screens[0];
    step = shown.step;
    const open = (next) => {
      step = next;
      drawPreview();
    };
    // The patient's frame, its buttons in the preview's language; its controls record nothing.
    const pt = (id) => view.texts[id] ?? t(id);
    preview.replaceChildren(consultationFrame(shown, { t: pt, open, record: () => {}, stop: () => {}, context: undefined }));
    preview.dataset.mode = view.mode;
    preview.lang = view.language;
    preview.dir = view.direction;
    publication.replaceChildren(...view.publication.map((p) => el("p", {}, p)));
  };

  const draw = (next) => {
    screen = next;
    opened = true;
    if (!folder.value) folder.value = screen.folder;
    label.textContent = screen.label;
    summary.textContent = screen.summary;
    if (!publisher.value) publisher.value = screen.publisher;
    if (!out.value) out.value = `${screen.folder.replace(/\/+$/, "")}.bundle.json`;
    drawFindings();
    drawPreview();
    if (shownLine) showLine(shownLine.file, shownLine.number);
    drawn += 1;
    document.getElementById("studio").dataset.drawn = String(drawn);
  };

  const publish = async () => {
    provenance.replaceChildren();
    try {
      const p = await api.studioPublish(publisher.value, key.value, password.value, out.value);
      password.value = "";
      provenance.replaceChildren(el("div", {},
        el("h4", {}, t("ui-studio-provenance")),
        el("p", { class: "studio-signature", id: "studio-signature" }, p.signature),
        p.origin_label ? el("p", { class: "authoring-banner", role: "note" }, p.origin_label) : null,
        el("ul", { class: "studio-provenance-grids" }, p.grids.map((g) =>
          el("li", {}, el("strong", {}, g.name), el("footer", { class: "publication" }, g.publication.map((l) => el("p", {}, l)))))),
        el("ul", { class: "studio-details" }, p.details.map((d) => el("li", {}, d)))));
    } catch (error) {
      provenance.replaceChildren(el("p", { class: "problem", role: "alert", id: "studio-publish-error" }, error?.message ?? String(error)));
    }
  };

  const field = (id, text, input, extra = null) => el("div", { class: "studio-field" }, el("label", { for: id }, text), input, extra);

  show(
    el("section", { class: "studio", id: "studio" },
      label,
      el("button", { type: "button", class: "back", onclick: () => home() }, t("ui-back")),
      el("h2", {}, t("ui-studio-heading")),
      el("p", {}, t("ui-studio-intro")),
      el("div", { class: "studio-open" },
        field("studio-folder", t("ui-studio-folder-label"), folder, chooseButton("studio-choose", t("ui-studio-choose-folder"), "choose_folder", folder)),
        el("button", { type: "button", class: "primary", id: "studio-open", onclick: () => ask(api.studioOpen(folder.value)) }, t("ui-studio-open"))),
      summary,
      el("div", { class: "studio-columns" },
        el("section", { class: "studio-check", "aria-labelledby": "studio-findings-heading" },
          el("h3", { id: "studio-findings-heading" }, t("ui-studio-findings")),
          el("h4", {}, t("ui-studio-files")), files,
          findings, line),
        el("section", { class: "studio-preview-pane", "aria-labelledby": "studio-preview-heading" },
          el("h3", { id: "studio-preview-heading" }, t("ui-studio-preview")),
          switches, preview, publication)),
      el("section", { class: "studio-bundle", id: "studio-bundle" },
        el("h3", {}, t("ui-studio-bundle-heading")),
        field("studio-publisher", t("ui-studio-publisher"), publisher),
        field("studio-key", t("ui-studio-key-file"), key),
        field("studio-password", t("ui-studio-password"), password),
        field("studio-out", t("ui-studio-bundle-out"), out),
        el("button", { type: "button", class: "primary", id: "studio-publish", onclick: publish }, t("ui-studio-publish")),
        provenance)),
  );

  // One listener at a time; a change that arrives after the studio was left is ignored.
  if (unlisten) unlisten();
  listen("studio-changed", (event) => {
    if (document.getElementById("studio") && screen) draw(event.payload);
  }).then((stop) => { unlisten = stop; });

  // Drawn again (another language): the folder the shell holds, as it is now.
  if (opened) choose({});
}
