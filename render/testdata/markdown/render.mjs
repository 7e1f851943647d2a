// Renders the Markdown on standard input to HTML with the renderer named
// as the argument, with the options a site would use: marked with GFM
// (its default), markdown-it with HTML allowed and links recognised, and
// markdown-it again with markdown-it-attrs, which reads {…} as attributes.
import { readFileSync } from "node:fs";
import { marked } from "marked";
import MarkdownIt from "markdown-it";
import attrs from "markdown-it-attrs";

const src = readFileSync(0, "utf8");
switch (process.argv[2]) {
  case "marked":
    process.stdout.write(marked.parse(src, { gfm: true }));
    break;
  case "markdown-it":
    process.stdout.write(new MarkdownIt({ html: true, linkify: true }).render(src));
    break;
  case "markdown-it-attrs":
    process.stdout.write(new MarkdownIt({ html: true, linkify: true }).use(attrs).render(src));
    break;
  default:
    console.error("usage: node render.mjs marked|markdown-it|markdown-it-attrs");
    process.exit(2);
}
