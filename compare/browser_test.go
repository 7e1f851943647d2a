package compare

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/render"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// phoneHarness shows the comparison in an iframe of a given width
// (headless Chromium has no window narrower than 500 px) and writes what
// it measures into the DOM for --dump-dom: the page's horizontal
// overflow, each row's height, each cell's width and how much taller a
// cell is than its content (space another cell of the row forced on it).
const phoneHarness = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="f" style="width:%dpx;height:900px;border:0" srcdoc="%s"></iframe>
<script>
document.getElementById("f").addEventListener("load", function () {
  var d = this.contentDocument, w = this.contentWindow;
  var r = {width: w.innerWidth, overflow: d.documentElement.scrollWidth - d.documentElement.clientWidth, rows: [], narrow: [], stretched: []};
  d.querySelectorAll("tbody tr:not(.section)").forEach(function (tr) {
    var label = tr.querySelector("th").textContent;
    r.rows.push({label: label, height: Math.round(tr.getBoundingClientRect().height)});
    tr.querySelectorAll("td").forEach(function (td) {
      var cs = w.getComputedStyle(td), em = parseFloat(cs.fontSize);
      var box = td.getBoundingClientRect();
      if (box.width < 12 * em) { r.narrow.push(Math.round(box.width / em) + "em: " + label + " / " + td.dataset.vendor); }
      var rg = d.createRange(); rg.selectNodeContents(td);
      var inner = box.height - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom) - parseFloat(cs.borderTopWidth) - parseFloat(cs.borderBottomWidth);
      var extra = inner - rg.getBoundingClientRect().height;
      if (extra > 3 * em) { r.stretched.push(Math.round(extra) + "px: " + label + " / " + td.dataset.vendor); }
    });
  });
  var pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = JSON.stringify(r);
  document.body.appendChild(pre);
});
</script></body></html>`

// maxCardHeight is the tallest a row of the comparison may be on a phone:
// about one and a half screens of a 390 × 844 phone.
const maxCardHeight = 1200

// TestPhoneLayout opens the examples' comparison in headless Chromium at
// a phone's width (390 px), in both languages: rows are cards with each
// vendor's cell stacked under the fact's name, so no cell is narrower
// than 12em, none is stretched by another vendor's longer cell, no row is
// taller than maxCardHeight, and the page does not overflow sideways.
func TestPhoneLayout(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests are not run with -short")
	}
	chromium, err := render.Browser()
	if err != nil {
		t.Skip("no Chromium (Debian: apt-get install chromium): " + err.Error())
	}
	docs := exampleDocs(t)
	dir := t.TempDir()
	for _, loc := range locales {
		t.Run(loc.Tag().String(), func(t *testing.T) {
			var page bytes.Buffer
			require.NoError(t, Documents(docs, loc).HTML(&page))
			srcdoc := strings.NewReplacer("&", "&amp;", `"`, "&quot;").Replace(page.String())
			file := filepath.Join(dir, loc.Tag().String()+".html")
			require.NoError(t, os.WriteFile(file, fmt.Appendf(nil, phoneHarness, 390, srcdoc), 0o644))
			out, err := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir="+t.TempDir(),
				"--window-size=430,1000", "--virtual-time-budget=5000", "--dump-dom", "file://"+file).Output()
			require.NoError(t, err)
			m := regexp.MustCompile(`<pre id="probe">([^<]*)</pre>`).FindSubmatch(out)
			require.NotNil(t, m, "the probe did not run")
			var r struct {
				Width    int `json:"width"`
				Overflow int `json:"overflow"`
				Rows     []struct {
					Label  string `json:"label"`
					Height int    `json:"height"`
				} `json:"rows"`
				Narrow    []string `json:"narrow"`
				Stretched []string `json:"stretched"`
			}
			require.NoError(t, json.Unmarshal(bytes.ReplaceAll(m[1], []byte("&quot;"), []byte(`"`)), &r))
			assert.Equal(t, 390, r.Width, "window width")
			assert.LessOrEqual(t, r.Overflow, 0, "the page overflows sideways")
			require.NotEmpty(t, r.Rows)
			tallest := r.Rows[0]
			for _, row := range r.Rows {
				assert.LessOrEqual(t, row.Height, maxCardHeight, "row %q", row.Label)
				if row.Height > tallest.Height {
					tallest = row
				}
			}
			t.Logf("%d rows, the tallest %q at %d px", len(r.Rows), tallest.Label, tallest.Height)
			assert.Empty(t, r.Narrow, "cells narrower than 12em")
			assert.Empty(t, r.Stretched, "cells stretched by another cell of their row")
		})
	}
}
