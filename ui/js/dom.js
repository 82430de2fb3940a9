// Small helpers to build the DOM. Text always goes in as text, never as HTML.

/** Create an element with attributes and children (strings become text nodes). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

/** Replace the contents of the main screen and move focus there. */
export function show(...children) {
  const screen = document.getElementById("screen");
  screen.replaceChildren(...children);
  screen.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}
