package render

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// harness shows a page in an iframe of a given width (headless Chromium
// has no window narrower than 500 px) and measures it, writing what it
// found into the DOM for --dump-dom: the page's horizontal overflow, table
// cells narrower than 3em. It is test code; rendered pages carry no
// script. The page is the iframe's srcdoc, so the harness may read it.
const harness = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="f" style="width:%dpx;height:900px;border:0" srcdoc="%s"></iframe>
<script>
document.getElementById("f").addEventListener("load", function () {
  var d = this.contentDocument, w = this.contentWindow;
  var r = {overflow: d.documentElement.scrollWidth - d.documentElement.clientWidth, narrow: [], width: w.innerWidth};
  d.querySelectorAll("td, th").forEach(function (c) {
    // Left out: empty cells a phone hides, and the header cells it keeps
    // only for screen readers (each card names its fields).
    if (c.getClientRects().length === 0) { return; }
    var head = c.closest("thead");
    if (head && w.getComputedStyle(head).position === "absolute") { return; }
    var em = parseFloat(w.getComputedStyle(c).fontSize);
    var cw = c.getBoundingClientRect().width;
    if (cw < 3 * em - 0.5) { r.narrow.push(Math.round(cw) + "px: " + c.textContent.slice(0, 30)); }
  });
  // Words and dates split over two lines: each occurrence in a text node
  // is measured as a Range, whose boxes must all sit on one line.
  r.split = [];
  var words = %s, date = /[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日/g;
  var tw = d.createTreeWalker(d.body, NodeFilter.SHOW_TEXT);
  for (var n = tw.nextNode(); n; n = tw.nextNode()) {
    var th = n.parentElement.closest("thead");
    if (th && w.getComputedStyle(th).position === "absolute") { continue; }
    var s = n.data, hits = [];
    words.forEach(function (x) { for (var i = s.indexOf(x); i >= 0; i = s.indexOf(x, i + 1)) { hits.push([i, x.length]); } });
    for (var m = date.exec(s); m; m = date.exec(s)) { hits.push([m.index, m[0].length]); }
    hits.forEach(function (h) {
      var rg = d.createRange(), lo = Infinity, hi = -Infinity;
      rg.setStart(n, h[0]); rg.setEnd(n, h[0] + h[1]);
      Array.prototype.forEach.call(rg.getClientRects(), function (q) { if (q.width > 0) { lo = Math.min(lo, q.top); hi = Math.max(hi, q.top); } });
      var em = parseFloat(w.getComputedStyle(n.parentElement).fontSize);
      if (hi - lo > em / 2) { r.split.push(s.substr(h[0], h[1])); }
    });
  }
  var pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = JSON.stringify(r);
  document.body.appendChild(pre);
});
</script></body></html>`

type probeResult struct {
	Overflow int      `json:"overflow"`
	Narrow   []string `json:"narrow"`
	Width    int      `json:"width"`
	Split    []string `json:"split"`
}

// unsplit are the words no line may break inside: phrases of the examples'
// Japanese text, where a break would leave half a word on each line.
// Dates (2017年3月1日) are probed by pattern.
var unsplit = []string{"対象データ", "アンケート", "お客様による", "利用の拒否", "遠隔地保管", "ホワイトペーパー", "セキュリティ"}

func chromiumOrSkip(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests are not run with -short")
	}
	path, err := Browser()
	if err != nil {
		t.Skip("no Chromium (Debian: apt-get install chromium): " + err.Error())
	}
	return path
}

// TestLayoutInBrowser opens every example in both languages in headless
// Chromium at a desktop and a phone width: the page must not overflow
// horizontally, no table cell may be narrower than 3em, and no word of
// unsplit nor any date may break over two lines.
func TestLayoutInBrowser(t *testing.T) {
	b := browser(t)
	dir := t.TempDir()
	words, err := json.Marshal(unsplit)
	require.NoError(t, err)
	unsplitJSON := string(words)
	for _, name := range examples.Names() {
		doc, err := examples.Load(name)
		require.NoError(t, err)
		for _, lang := range []string{"ja", "en"} {
			var page bytes.Buffer
			require.NoError(t, HTML(&page, doc, &Options{Languages: []language.Tag{language.MustParse(lang)}}))
			srcdoc := strings.NewReplacer("&", "&amp;", `"`, "&quot;").Replace(page.String())
			for _, width := range []int{1280, 390} {
				t.Run(fmt.Sprintf("%s.%s@%d", name, lang, width), func(t *testing.T) {
					file := filepath.Join(dir, fmt.Sprintf("%s.%s.%d.html", name, lang, width))
					require.NoError(t, os.WriteFile(file, fmt.Appendf(nil, harness, width, srcdoc, unsplitJSON), 0o644))
					dom := b.page(t, "file://"+file, width+40, 5000)
					m := regexp.MustCompile(`<pre id="probe">([^<]*)</pre>`).FindStringSubmatch(dom)
					require.NotNil(t, m, "the probe did not run")
					var r probeResult
					require.NoError(t, json.Unmarshal([]byte(strings.ReplaceAll(m[1], "&quot;", `"`)), &r))
					assert.Equal(t, width, r.Width, "window width")
					assert.LessOrEqual(t, r.Overflow, 0, "the page overflows horizontally")
					assert.Empty(t, r.Narrow, "table cells narrower than 3em")
					assert.Empty(t, r.Split, "words or dates broken over two lines")
				})
			}
		}
	}
}

// pageRanges are the page counts expected of each example's PDF.
var pageRanges = map[string][2]int{"seculio": {6, 13}, "classi": {4, 12}, "nulab": {4, 12}, "loilo": {3, 10}}

// TestPDF prints every example in both languages and reads the PDF back
// with poppler's pdftotext: the page count is in the expected range, the
// key facts are in the text, and no page ends with a heading or a table's
// caption (kept with what follows by the print stylesheet).
//
// The pages are printed by the browser the tests share, as PDF prints
// them; PDF itself, which starts a browser of its own, prints one of them,
// and its text must be the same.
func TestPDF(t *testing.T) {
	b := browser(t)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed (Debian: apt-get install poppler-utils)")
	}
	dir := t.TempDir()
	pdfText := func(t *testing.T, name string, pdf []byte) string {
		t.Helper()
		file := filepath.Join(dir, name+".pdf")
		require.NoError(t, os.WriteFile(file, pdf, 0o644))
		out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", file, "-").Output()
		require.NoError(t, err)
		return string(out)
	}
	texts := map[string]string{}
	for _, name := range examples.Names() {
		doc, err := examples.Load(name)
		require.NoError(t, err)
		for _, lang := range []string{"ja", "en"} {
			t.Run(name+"."+lang, func(t *testing.T) {
				opts := &Options{Languages: []language.Tag{language.MustParse(lang)}}
				var page bytes.Buffer
				require.NoError(t, HTML(&page, doc, opts))
				html := filepath.Join(dir, name+"."+lang+".html")
				require.NoError(t, os.WriteFile(html, page.Bytes(), 0o644))
				tb, err := b.open(1280, 1000)
				require.NoError(t, err)
				defer tb.close()
				require.NoError(t, tb.load("file://"+html, 1000))
				pdf, err := tb.pdf()
				require.NoError(t, err)
				out := pdfText(t, name+"."+lang, pdf)
				texts[name+"."+lang] = out
				pages := strings.Split(strings.TrimRight(string(out), "\f"), "\f")
				want := pageRanges[name]
				assert.True(t, len(pages) >= want[0] && len(pages) <= want[1], "%d pages, want %d to %d", len(pages), want[0], want[1])

				file := filepath.Join(dir, name+"."+lang+".pdf") // written by pdfText
				bbox, err := exec.Command("pdftotext", "-bbox-layout", file, "-").Output()
				require.NoError(t, err)
				splits, err := pdfSplits(bbox)
				require.NoError(t, err)
				assert.Empty(t, splits, "words or dates broken over two lines in the PDF")

				text := squeeze(string(out))
				p := build(doc, opts)
				for _, r := range p.Summary {
					assert.Contains(t, text, squeeze(r.Label), "key fact label")
					assert.Contains(t, text, squeeze(spansText(r.Value)), "key fact %s", r.Label)
				}
				assert.Contains(t, text, squeeze(spansText(p.Title)))

				headings := map[string]bool{}
				for _, s := range p.Sections {
					headings[squeeze(s.Number+". "+s.Title.Text)] = true
					headings[squeeze(s.Title.Text)] = true
					for _, bl := range s.Blocks {
						headings[squeeze(bl.Heading.Text)] = bl.Heading.Text != ""
						headings[squeeze(bl.Title)] = bl.Title != ""
					}
				}
				footer := regexp.MustCompile(`^\d+ / \d+$`)
				for i, pg := range pages[:len(pages)-1] {
					var lines []string
					for _, l := range strings.Split(pg, "\n") {
						if l = strings.TrimSpace(l); l != "" && !footer.MatchString(l) {
							lines = append(lines, l)
						}
					}
					if len(lines) == 0 {
						continue
					}
					last := squeeze(lines[len(lines)-1])
					assert.False(t, headings[last], "page %d ends with the heading %q", i+1, lines[len(lines)-1])
				}
			})
		}
	}
	t.Run("PDF", func(t *testing.T) {
		doc, err := examples.Load("seculio")
		require.NoError(t, err)
		var pdf bytes.Buffer
		require.NoError(t, PDF(&pdf, doc, &Options{Languages: []language.Tag{language.Japanese}}))
		assert.Equal(t, texts["seculio.ja"], pdfText(t, "PDF", pdf.Bytes()), "PDF prints the page as the shared browser does")
	})
}

// pdfLine is a line of text as pdftotext -bbox-layout finds it.
type pdfLine struct {
	XMin  float64  `xml:"xMin,attr"`
	YMin  float64  `xml:"yMin,attr"`
	YMax  float64  `xml:"yMax,attr"`
	Words []string `xml:"word"`
}

// pdfSplits reads pdftotext's -bbox-layout output and lists the words of
// unsplit and the dates that a line break cuts: where one line of a block
// ends with the start of one and the line right below it, at the same
// left edge, goes on with the rest. Lines further apart, or starting
// elsewhere, are other cells or items, not a line broken in two.
func pdfSplits(bbox []byte) ([]string, error) {
	var doc struct {
		Pages []struct {
			Blocks []struct {
				Lines []pdfLine `xml:"line"`
			} `xml:"flow>block"`
		} `xml:"body>doc>page"`
	}
	if err := xml.Unmarshal(bbox, &doc); err != nil {
		return nil, err
	}
	date := regexp.MustCompile(`[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日`)
	var out []string
	for i, pg := range doc.Pages {
		for _, bl := range pg.Blocks {
			for j := 1; j < len(bl.Lines); j++ {
				a, b := bl.Lines[j-1], bl.Lines[j]
				h, dy := a.YMax-a.YMin, b.YMin-a.YMin
				if math.Abs(a.XMin-b.XMin) > 2 || dy <= 0 || dy > 0.85*h {
					continue
				}
				end, start := strings.Join(a.Words, ""), strings.Join(b.Words, "")
				where := fmt.Sprintf("page %d: …%s / %s…", i+1, lastRunes(end, 8), firstRunes(start, 8))
				for _, w := range pdfUnsplit {
					for k := range w {
						if k > 0 && utf8.RuneStart(w[k]) && strings.HasSuffix(end, w[:k]) && strings.HasPrefix(start, w[k:]) {
							out = append(out, w+" at "+where)
						}
					}
				}
				tail := lastRunes(end, 11)
				for _, m := range date.FindAllStringIndex(tail+firstRunes(start, 11), -1) {
					if m[0] < len(tail) && m[1] > len(tail) {
						out = append(out, "a date at "+where)
					}
				}
			}
		}
	}
	return out, nil
}

// TestPDFSplits checks the reading of pdftotext's boxes: a word or a
// date cut between two lines right below each other is found; the same
// text in the next row of a table, further down, is not.
func TestPDFSplits(t *testing.T) {
	const page = `<html xmlns="http://www.w3.org/1999/xhtml"><body><doc><page width="595" height="842"><flow><block>
<line xMin="10" yMin="100" xMax="50" yMax="120"><word>会社名,お問い</word></line>
<line xMin="10" yMin="113" xMax="50" yMax="133"><word>合わせ内容</word></line>
<line xMin="10" yMin="126" xMax="50" yMax="146"><word>改訂日</word><word>2017年3</word></line>
<line xMin="10" yMin="139" xMax="50" yMax="159"><word>月1日</word></line>
<line xMin="10" yMin="170" xMax="50" yMax="190"><word>お問い</word></line>
<line xMin="10" yMin="200" xMax="50" yMax="220"><word>合わせ</word></line>
<line xMin="60" yMin="213" xMax="90" yMax="233"><word>合わせ</word></line>
</block></flow></page></doc></body></html>`
	got, err := pdfSplits([]byte(page))
	require.NoError(t, err)
	assert.Equal(t, []string{"お問い合わせ at page 1: …会社名,お問い / 合わせ内容…", "a date at page 1: …訂日2017年3 / 月1日…"}, got)
}

// pdfUnsplit are the words checked in print: those of unsplit and more
// of the examples' that a narrow column once broke.
var pdfUnsplit = append([]string{"お問い合わせ", "メールアドレス", "個人情報", "パスワード", "バックアップ", "契約終了", "脆弱性"}, unsplit...)

func lastRunes(s string, n int) string {
	r := []rune(s)
	return string(r[max(0, len(r)-n):])
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}

// squeeze drops white space, which PDF text extraction adds and drops at
// line ends.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// TestNoRawIDs checks that no ID of the document (organisations,
// services, plans, roles, region codes) reaches a reader: every one is
// shown by its name. Link targets are not text and are left out.
func TestNoRawIDs(t *testing.T) {
	for _, name := range examples.Names() {
		doc, err := examples.Load(name)
		require.NoError(t, err)
		ids := []string{doc.Vendor.ID}
		for _, o := range doc.Providers {
			ids = append(ids, o.ID)
		}
		for _, s := range doc.Services {
			ids = append(ids, s.ID)
		}
		for _, p := range doc.Plans {
			ids = append(ids, p.ID)
		}
		if doc.DataLocation != nil {
			for _, r := range doc.DataLocation.Regions {
				ids = append(ids, r.Code)
			}
		}
		if doc.AccessRights != nil {
			for _, r := range doc.AccessRights.Roles {
				ids = append(ids, r.ID)
			}
		}
		for _, lang := range []string{"ja", "en"} {
			p := build(doc, &Options{Languages: []language.Tag{language.MustParse(lang)}})
			text := visibleText(p)
			var words strings.Builder // the catalog's own words: "trial" is an ID and an English word
			loc := locale.For(language.MustParse(lang))
			for _, k := range loc.Keys() {
				words.WriteString(loc.Message(k) + "\n")
			}
			for _, id := range ids {
				if id == "" {
					continue
				}
				re := regexp.MustCompile(`(^|[^\p{L}\p{N}_./-])` + regexp.QuoteMeta(id) + `($|[^\p{L}\p{N}_-])`)
				if re.MatchString(words.String()) {
					continue // checked on the other language's page
				}
				if loc := re.FindStringIndex(text); loc != nil {
					t.Errorf("%s.%s shows the ID %q: …%s…", name, lang, id, text[max(0, loc[0]-40):min(len(text), loc[1]+40)])
				}
			}
		}
	}
}

// visibleText is the text of a page a reader sees, one span a line,
// leaving out link targets.
func visibleText(p *page) string {
	var sb strings.Builder
	add := func(spans ...span) {
		for _, s := range spans {
			if s.URL != "" {
				continue // a link's text is its address (or the host of it)
			}
			sb.WriteString(s.Text)
			sb.WriteString("\n")
		}
	}
	var rows func([]row)
	rows = func(rs []row) {
		for _, r := range rs {
			add(span{Text: r.Label})
			add(r.Value...)
			rows(r.Sub)
		}
	}
	add(p.Title...)
	rows(p.Header)
	rows(p.Summary)
	for _, s := range p.Sections {
		add(s.Title)
		for _, bl := range s.Blocks {
			add(bl.Heading, span{Text: bl.Title})
			add(bl.Para...)
			rows(bl.Rows)
			for _, l := range bl.Links {
				add(l...)
			}
			if bl.Table != nil {
				for _, h := range bl.Table.Head {
					add(span{Text: h})
				}
				for _, r := range bl.Table.Rows {
					for _, c := range r {
						add(c...)
					}
				}
			}
		}
	}
	return sb.String()
}

// TestHeadingsInPageLanguage checks that every heading of a page not
// marked as in another language is in the page's language: no kana or
// kanji on an English page, Japanese script on a Japanese one unless the
// vendor's own Japanese heading is written in Latin letters.
func TestHeadingsInPageLanguage(t *testing.T) {
	for _, name := range examples.Names() {
		doc, err := examples.Load(name)
		require.NoError(t, err)
		for _, lang := range []string{"ja", "en"} {
			p := build(doc, &Options{Languages: []language.Tag{language.MustParse(lang)}})
			headings := []span{{Text: p.TOCTitle}, {Text: p.SummaryTitle}}
			headings = append(headings, p.Title...)
			for _, s := range p.Sections {
				headings = append(headings, s.Title)
				for _, bl := range s.Blocks {
					if bl.Heading.Text != "" {
						headings = append(headings, bl.Heading)
					}
					if bl.Title != "" {
						headings = append(headings, span{Text: bl.Title})
					}
				}
			}
			vendorJa := vendorHeadings(doc, language.Japanese)
			for _, h := range headings {
				if h.Lang != "" {
					continue // marked as in another language
				}
				switch lang {
				case "en":
					assert.False(t, japanese(h.Text), "%s.%s: Japanese heading %q", name, lang, h.Text)
				case "ja":
					assert.True(t, japanese(h.Text) || vendorJa[h.Text], "%s.%s: heading %q is not Japanese", name, lang, h.Text)
				}
			}
		}
	}
}

func japanese(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			return true
		}
	}
	return false
}

// vendorHeadings are the titles the vendor wrote in a language.
func vendorHeadings(doc *whitepaper.Document, tag language.Tag) map[string]bool {
	out := map[string]bool{}
	for _, h := range doc.Headings() {
		if s, ok := h.Title.Lookup(tag); ok {
			out[s] = true
		}
	}
	for _, info := range whitepaper.Sections() {
		if sec := doc.Section(info.ID); sec != nil {
			if s, ok := sec.SectionNotes().Title.Lookup(tag); ok {
				out[s] = true
			}
		}
	}
	return out
}
