// A tiny element builder for the emulator's pages. Text always goes in through textContent, so data from the
// API (product names, emails) can never become markup.

/**
 * @param {string} tag
 * @param {Record<string, string | boolean | undefined>} [attrs] `class`, `data-*`, aria and plain attributes
 * @param {...(Node | string | null | undefined | false)} children
 */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}
