// Renders the Markdown on standard input to HTML with the renderer named
// as the argument, with the options a site would use: marked with GFM
// (its default), markdown-it with HTML allowed and links recognised.
import { readFileSync } from "node:fs";
import { marked } from "marked";
import MarkdownIt from "markdown-it";

const src = readFileSync(0, "utf8");
switch (process.argv[2]) {
  case "marked":
    process.stdout.write(marked.parse(src, { gfm: true }));
    break;
  case "markdown-it":
    process.stdout.write(new MarkdownIt({ html: true, linkify: true }).render(src));
    break;
  default:
    console.error("usage: node render.mjs marked|markdown-it");
    process.exit(2);
}
