// Renders the Markdown documents on standard input, separated by NUL
// bytes, to HTML separated so, with the renderer named as the argument, with the options a site would use: marked with GFM
// (its default), markdown-it with HTML allowed and links recognised, and
// markdown-it again with markdown-it-attrs, which reads {…} as attributes.
import { readFileSync } from "node:fs";
import { marked } from "marked";
import MarkdownIt from "markdown-it";
import attrs from "markdown-it-attrs";

const docs = readFileSync(0, "utf8").split("\0");
let render;
switch (process.argv[2]) {
  case "marked":
    render = (src) => marked.parse(src, { gfm: true });
    break;
  case "markdown-it": {
    const md = new MarkdownIt({ html: true, linkify: true });
    render = (src) => md.render(src);
    break;
  }
  case "markdown-it-attrs": {
    const md = new MarkdownIt({ html: true, linkify: true }).use(attrs);
    render = (src) => md.render(src);
    break;
  }
  default:
    console.error("usage: node render.mjs marked|markdown-it|markdown-it-attrs");
    process.exit(2);
}
process.stdout.write(docs.map(render).join("\0"));
