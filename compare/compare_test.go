package compare

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/internal/textsafe"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	sv "github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// writers are the output formats, by file extension.
var writers = []struct {
	ext   string
	write func(*Table, *bytes.Buffer) error
}{
	{"md", func(t *Table, b *bytes.Buffer) error { return t.Markdown(b) }},
	{"html", func(t *Table, b *bytes.Buffer) error { return t.HTML(b) }},
	{"csv", func(t *Table, b *bytes.Buffer) error { return t.CSV(b) }},
	{"json", func(t *Table, b *bytes.Buffer) error { return t.JSON(b) }},
}

var locales = []*locale.Locale{locale.Japanese(), locale.English()}

// exampleDocs loads the four examples in the order of their names:
// classi, loilo (Japanese and English), nulab, seculio (Japanese only).
func exampleDocs(t *testing.T) []*whitepaper.Document {
	t.Helper()
	var docs []*whitepaper.Document
	for _, n := range examples.Names() {
		d, err := examples.Load(n)
		require.NoError(t, err)
		docs = append(docs, d)
	}
	require.Len(t, docs, 4)
	return docs
}

func TestGolden(t *testing.T) {
	docs := exampleDocs(t)
	for _, loc := range locales {
		tb := Documents(docs, loc)
		for _, w := range writers {
			name := filepath.Join("testdata", "examples."+loc.Tag().String()+"."+w.ext)
			t.Run(name, func(t *testing.T) {
				var buf bytes.Buffer
				require.NoError(t, w.write(tb, &buf))
				if *update {
					require.NoError(t, os.WriteFile(name, buf.Bytes(), 0o644))
				}
				want, err := os.ReadFile(name)
				require.NoError(t, err, "run: go test ./compare -update")
				assert.Equal(t, string(want), buf.String(), "run go test ./compare -update and read the diff")
			})
		}
	}
}

func TestDeterministic(t *testing.T) {
	for _, loc := range locales {
		for _, w := range writers {
			var a, b bytes.Buffer
			require.NoError(t, w.write(Documents(exampleDocs(t), loc), &a))
			require.NoError(t, w.write(Documents(exampleDocs(t), loc), &b))
			assert.Equal(t, a.String(), b.String(), w.ext)
		}
	}
}

// TestCSV reads the CSV as a spreadsheet would: UTF-8 after a byte order
// mark, a header naming the section, the fact and each vendor, and the
// values of a Japanese-only document (Seculio) and a bilingual one
// (LoiLo) on the same row, worded in the reader's language.
func TestCSV(t *testing.T) {
	docs := exampleDocs(t)
	for _, loc := range locales {
		tb := Documents(docs, loc)
		var buf bytes.Buffer
		require.NoError(t, tb.CSV(&buf))
		data := buf.Bytes()
		require.True(t, bytes.HasPrefix(data, []byte("\xef\xbb\xbf")), "starts with the UTF-8 byte order mark")
		recs, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
		require.NoError(t, err)
		var loilo, seculio string
		for _, d := range docs {
			col := wordingIn(d.Vendor.Name, loc)
			switch d.Vendor.ID {
			case "loilo":
				loilo = col
			case "lrm":
				seculio = col
			}
		}
		require.NotEmpty(t, loilo)
		require.NotEmpty(t, seculio)
		header := recs[0]
		require.Len(t, header, 2+len(docs))
		assert.Equal(t, []string{loc.Message("compare.section"), loc.Message("compare.fact")}, header[:2])
		col := func(vendor string) int {
			i := slices.IndexFunc(header, func(h string) bool { return strings.HasPrefix(h, vendor+" ") })
			require.GreaterOrEqual(t, i, 2, "a column for %s in %q", vendor, header)
			return i
		}
		rows := 0
		for _, s := range tb.Sections {
			rows += len(s.Rows)
		}
		require.Len(t, recs, 1+rows)
		certs := loc.Field("Certifications", "certifications")
		i := slices.IndexFunc(recs, func(r []string) bool { return r[1] == certs })
		require.Positive(t, i, "a row %q", certs)
		row := recs[i]
		assert.Equal(t, loc.Section(whitepaper.SectionCertifications), row[0])
		assert.Contains(t, row[col(loilo)], "ISO 27001", "LoiLo's certifications on the row")
		assert.Contains(t, row[col(seculio)], "ISMS", "Seculio's certifications on the same row")
		patch := loc.Message("compare.field", "record", loc.Field("Vulnerabilities", "patching"), "field", loc.Field("PatchTarget", "within"))
		i = slices.IndexFunc(recs, func(r []string) bool { return r[1] == patch })
		require.Positive(t, i, "a row %q", patch)
		if loc.Tag().String() == "en" {
			assert.Contains(t, recs[i][col(loilo)], "within 1 week")
			assert.Contains(t, recs[i][col(seculio)], "promptly", "a Japanese-only document worded in English")
		} else {
			assert.Contains(t, recs[i][col(loilo)], "1週間以内")
			assert.Contains(t, recs[i][col(seculio)], "速やかに")
		}
	}
}

func wordingIn(t whitepaper.Text, loc *locale.Locale) string {
	s, _, _ := t.In(append([]language.Tag{loc.Tag()}, t.Languages()...)...)
	return s
}

// doc parses a small document with the given sections.
func doc(t *testing.T, vendor, body string) *whitepaper.Document {
	t.Helper()
	src := fmt.Sprintf(`openwhitepaper: "1"
languages: [en]
defaultLanguage: en
vendor: {id: v, name: {en: %q}}
services: [{id: app, name: {en: App}}]
plans: [{id: premium, name: {en: Premium}}]
%s`, vendor, body)
	d, err := whitepaper.Parse([]byte(src), whitepaper.WithFilename(vendor+".yaml"))
	require.NoError(t, err)
	require.Empty(t, d.Validate().Errors())
	return d
}

func row(t *testing.T, tb *Table, field string) Row {
	t.Helper()
	for _, s := range tb.Sections {
		for _, r := range s.Rows {
			if r.Field == field {
				return r
			}
		}
	}
	t.Fatalf("no row %s", field)
	return Row{}
}

func marks(r Row) []Mark {
	var out []Mark
	for _, c := range r.Cells {
		out = append(out, c.Mark)
	}
	return out
}

func TestMarks(t *testing.T) {
	seven := doc(t, "Seven", `backup:
  sets: [{data: database, generations: 7 generations}]
incidentResponse:
  notification: {deadline: within 72 hours}
`)
	thirty := doc(t, "Thirty", `backup:
  sets: [{data: database, generations: 30 generations}, {data: files, generations: 14 generations}]
incidentResponse:
  notification: {deadline: within 24 hours}
`)
	none := doc(t, "None", "")
	tb := Documents([]*whitepaper.Document{seven, thirty, none}, locale.English())
	gen := row(t, tb, "/backup/sets/*/generations")
	// Thirty counts by its weakest set, 14 generations: still more than 7.
	assert.Equal(t, []Mark{Weakest, Strongest, Unmarked}, marks(gen))
	assert.Equal(t, "Databases: 30 generations; Files: 14 generations", gen.Cells[1].Value)
	// Lower is better for a deadline.
	assert.Equal(t, []Mark{Weakest, Strongest, Unmarked}, marks(row(t, tb, "/incidentResponse/notification/deadline")))

	same := Documents([]*whitepaper.Document{seven, seven}, locale.English())
	assert.Equal(t, []Mark{Unmarked, Unmarked}, marks(row(t, same, "/backup/sets/*/generations")), "equal values are not ranked")
	assert.Equal(t, []string{"Seven App (1)", "Seven App (2)"}, []string{same.Vendors[0].Column, same.Vendors[1].Column},
		"two columns of one document are told apart")

	// Stronger and weaker yes/no facts.
	yes := doc(t, "Yes", "adminAuthentication: {mfa: true}\n")
	no := doc(t, "No", "adminAuthentication: {mfa: false}\n")
	assert.Equal(t, []Mark{Strongest, Weakest}, marks(row(t, Documents([]*whitepaper.Document{yes, no}, locale.English()), "/adminAuthentication/mfa")))
}

func TestStatesDistinguishable(t *testing.T) {
	notDone := doc(t, "NotDone", "adminAuthentication: {mfa: false}\nbackup: {provided: false}\n")
	planned := doc(t, "Planned", `availability:
  serviceLevels: [{target: 99.9%, plans: [premium]}]
`)
	silent := doc(t, "Silent", "")
	for _, loc := range locales {
		tb := Documents([]*whitepaper.Document{notDone, planned, silent}, loc)
		mfa := row(t, tb, "/adminAuthentication/mfa")
		assert.Equal(t, []State{NotDone, NotStated, NotStated}, cellStates(mfa))
		gen := row(t, tb, "/backup/sets/*/generations")
		assert.Equal(t, []State{NotDone, NotStated, NotStated}, cellStates(gen), "no backups: no generations either")
		sla := row(t, tb, "/availability/serviceLevels/*/target")
		assert.Equal(t, []State{NotStated, PlanDependent, NotStated}, cellStates(sla))
		assert.Equal(t, []string{"Premium"}, sla.Cells[1].Plans)
		assert.Equal(t, []Mark{Unmarked, Unmarked, Unmarked}, marks(sla), "a plan-dependent value is not ranked")

		// Every format tells the three apart.
		texts := map[State]string{}
		for _, c := range []Cell{mfa.Cells[0], sla.Cells[1], mfa.Cells[2]} {
			texts[c.State] = tb.Text(c)
		}
		assert.Len(t, texts, 3)
		for s, text := range texts {
			for o, other := range texts {
				if s != o {
					assert.NotEqual(t, text, other)
				}
			}
		}
		assert.True(t, strings.HasPrefix(texts[NotDone], "✗ ") || strings.HasPrefix(texts[NotDone], "✕ "), texts[NotDone])
		assert.Equal(t, loc.Message("compare.state.not-stated"), texts[NotStated])
		assert.Contains(t, texts[PlanDependent], loc.Message("compare.state.plan-dependent"))
		assert.Contains(t, texts[PlanDependent], "99.9")

		var md, html, cs, js bytes.Buffer
		require.NoError(t, tb.Markdown(&md))
		require.NoError(t, tb.HTML(&html))
		require.NoError(t, tb.CSV(&cs))
		require.NoError(t, tb.JSON(&js))
		for _, text := range texts {
			assert.Contains(t, md.String(), textsafe.Markdown(text, false))
			assert.Contains(t, cs.String(), text)
		}
		for _, class := range []string{`class="not-done"`, `class="plan-dependent"`, `class="not-stated"`} {
			assert.Contains(t, html.String(), class)
		}
		for _, s := range []State{NotDone, PlanDependent, NotStated} {
			assert.Contains(t, js.String(), `"state": "`+string(s)+`"`)
			assert.Contains(t, html.String(), ">"+loc.Message("compare.state."+string(s))+"<", "the state in words, for print and screen readers")
		}
	}
}

func cellStates(r Row) []State {
	var out []State
	for _, c := range r.Cells {
		out = append(out, c.State)
	}
	return out
}

func TestHTMLSafe(t *testing.T) {
	evil := doc(t, `<script>alert(1)</script>`, "dataLocation: {countries: [JP]}\n")
	other := doc(t, "Other & [x](javascript:alert(1))", "")
	tb := Documents([]*whitepaper.Document{evil, other}, locale.English())
	var html, md bytes.Buffer
	require.NoError(t, tb.HTML(&html))
	require.NoError(t, tb.Markdown(&md))
	assert.NotContains(t, html.String(), "<script")
	assert.Contains(t, html.String(), "&lt;script&gt;alert(1)&lt;/script&gt;")
	assert.NotContains(t, html.String(), "href")
	assert.NotContains(t, html.String(), "src=")
	assert.NotContains(t, md.String(), "<script")
	assert.NotContains(t, md.String(), "](javascript")
}

func TestKeyFactsExist(t *testing.T) {
	rows := map[string]spec{}
	for _, s := range specs {
		rows[s.pointer] = s
	}
	for _, k := range KeyFacts() {
		s, ok := rows[k]
		if assert.True(t, ok, "key fact %s is a field of the model", k) {
			assert.True(t, s.key)
		}
	}
	// Every ordered field of the model has a row.
	n := 0
	for _, s := range specs {
		if s.path[len(s.path)-1].Better != whitepaper.Unordered {
			n++
		}
	}
	assert.Greater(t, n, 50, "ordered facts found on the model")
	assert.Contains(t, rows, "/availability/maintenance/*/notice")
	assert.Contains(t, rows, "/passwords/minLength")
	// A table of documents that state nothing still shows the key facts.
	tb := Documents([]*whitepaper.Document{doc(t, "A", ""), doc(t, "B", "")}, locale.English())
	var got []string
	for _, s := range tb.Sections {
		for _, r := range s.Rows {
			got = append(got, r.Field)
		}
	}
	assert.ElementsMatch(t, KeyFacts(), got)
}

func TestJSONSchema(t *testing.T) {
	data, err := os.ReadFile("report.schema.json")
	require.NoError(t, err)
	sdoc, err := sv.UnmarshalJSON(bytes.NewReader(data))
	require.NoError(t, err)
	c := sv.NewCompiler()
	require.NoError(t, c.AddResource("report.schema.json", sdoc))
	s, err := c.Compile("report.schema.json")
	require.NoError(t, err)
	for _, loc := range locales {
		var buf bytes.Buffer
		require.NoError(t, Documents(exampleDocs(t), loc).JSON(&buf))
		inst, err := sv.UnmarshalJSON(&buf)
		require.NoError(t, err)
		assert.NoError(t, s.Validate(inst))
	}
	var raw map[string]any
	require.NoError(t, json.Unmarshal(data, &raw))
	defs := raw["$defs"].(map[string]any)
	for name, v := range map[string]any{"vendor": Vendor{}, "section": Section{}, "row": Row{}, "cell": Cell{}} {
		var want []string
		for k := range defs[name].(map[string]any)["properties"].(map[string]any) {
			want = append(want, k)
		}
		assert.ElementsMatch(t, want, jsonNames(v), "the schema of %s names the fields the Go type writes", name)
	}
	assert.Equal(t, JSONFormat, raw["properties"].(map[string]any)["format"].(map[string]any)["const"])
}

func jsonNames(v any) []string {
	var out []string
	rt := reflect.TypeOf(v)
	for i := range rt.NumField() {
		if name, _, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ","); name != "" && name != "-" {
			out = append(out, name)
		}
	}
	return out
}

// TestItems checks how items of lists are worded: a subprocessor with
// its countries, a certification with its holder when it is not the
// vendor, an item without a name by its plans, and an item not provided.
func TestItems(t *testing.T) {
	noBackups := doc(t, "NoBackups", "backup: {provided: false}\n")
	b := doc(t, "B", `providers: [{id: aws, name: {en: AWS}}]
availability:
  serviceLevels: [{target: 99.9%, plans: [premium]}, {provided: false}]
certifications:
  certifications: [{standard: iso27001, holder: aws}, {standard: iso27017, holder: v}]
subprocessors:
  services: [{name: SendGrid, countries: [US]}, {name: Zoho, countries: [JP, IN]}]
cryptography:
  inTransit: [{scope: client, protocol: tls, minVersion: "1.2"}, {scope: internal, provided: false}]
`)
	tb := Documents([]*whitepaper.Document{noBackups, b}, locale.English())
	value := func(field string) string { return row(t, tb, field).Cells[1].Value }
	assert.Equal(t, "SendGrid: United States; Zoho: Japan, India", value("/subprocessors/services"))
	assert.Equal(t, "ISO/IEC 27001 (held by AWS); ISO/IEC 27017", value("/certifications/certifications"))
	assert.Equal(t, "Premium: 99.9%; Not in place.", value("/availability/serviceLevels/*/target"))
	assert.Equal(t, Stated, row(t, tb, "/availability/serviceLevels/*/target").Cells[1].State, "one SLA holds for every plan")
	assert.Equal(t, "Client to service TLS: TLS 1.2; Internal network: No", value("/cryptography/inTransit"))

	// No backups: the key facts say so, other backup facts only when
	// another document states them.
	assert.Equal(t, NotDone, row(t, tb, "/backup/sets/*/generations").Cells[0].State)
	for _, s := range tb.Sections {
		for _, r := range s.Rows {
			assert.NotEqual(t, "/backup/drills", r.Field, "a fact only a record not provided implies is left out")
		}
	}
}

// TestHeadings checks that a cell names the vendor's heading: the one
// that holds the field when the vendor gives it a heading of its own,
// else the section's; none without the vendor's outline.
func TestHeadings(t *testing.T) {
	outlined := doc(t, "Outlined", `outline:
  - {number: "4", title: {en: Data}, sections: [data-deletion]}
  - {number: "4.2", title: {en: After the contract}, fields: [/dataDeletion/rules]}
  - {title: {en: Logs}, sections: [logging]}
dataDeletion:
  rules: [{trigger: contract-end, after: within 90 days}]
  certificate: true
logging:
  logs: [{type: access, retention: 1 year}]
`)
	plain := doc(t, "Plain", "dataDeletion: {certificate: false}\n")
	tb := Documents([]*whitepaper.Document{outlined, plain, nil}, locale.English())
	assert.Equal(t, &Heading{Number: "4.2", Title: "After the contract"}, row(t, tb, "/dataDeletion/rules").Cells[0].Heading)
	assert.Equal(t, &Heading{Number: "4", Title: "Data"}, row(t, tb, "/dataDeletion/certificate").Cells[0].Heading)
	logs := row(t, tb, "/logging/logs/*/retention").Cells[0]
	assert.Equal(t, &Heading{Title: "Logs"}, logs.Heading)
	assert.Equal(t, "Access log: 1 year (see Logs)", tb.Text(logs))
	assert.Nil(t, row(t, tb, "/dataDeletion/certificate").Cells[1].Heading, "no outline, no heading")
	assert.Equal(t, "Contract end: within 90 days (see §4.2)", tb.Text(row(t, tb, "/dataDeletion/rules").Cells[0]))
	assert.Equal(t, NotStated, row(t, tb, "/dataDeletion/rules").Cells[2].State, "a nil document states nothing")
	assert.Equal(t, []Mark{Strongest, Weakest, Unmarked}, marks(row(t, tb, "/dataDeletion/certificate")))
}

// TestCSVFormulas checks that no field of the CSV starts a formula in a
// spreadsheet, whatever a document's names say.
func TestCSVFormulas(t *testing.T) {
	evil := doc(t, `=HYPERLINK("http://evil.example","x")`, "dataLocation: {countries: [JP]}\n")
	tb := Documents([]*whitepaper.Document{evil, doc(t, "+1", "")}, locale.English())
	var buf bytes.Buffer
	require.NoError(t, tb.CSV(&buf))
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\ufeff")))).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, `'=HYPERLINK("http://evil.example","x") App`, recs[0][2])
	assert.Equal(t, `'+1 App`, recs[0][3])
	for _, r := range recs {
		for _, f := range r {
			assert.False(t, f != "" && strings.ContainsRune("=+-@\t\r", rune(f[0])), "%q starts a formula", f)
		}
	}
}

// TestHTMLMarksJapanese checks that the English comparison marks the
// names the documents give only in Japanese (a plan, a heading) as
// Japanese, and that the Japanese one marks nothing.
func TestHTMLMarksJapanese(t *testing.T) {
	docs := exampleDocs(t)
	var en, ja bytes.Buffer
	require.NoError(t, Documents(docs, locale.English()).HTML(&en))
	require.NoError(t, Documents(docs, locale.Japanese()).HTML(&ja))
	assert.Contains(t, en.String(), `Contract end (<span lang="ja">有償契約</span>)`)
	assert.Contains(t, en.String(), `<th>LRM <span lang="ja">株式会社</span> <span lang="ja">セキュリオ</span>`)
	assert.NotContains(t, ja.String(), `<span lang=`)
	// Every run of Japanese script in a cell of the English page is marked.
	cells := regexp.MustCompile(`(?s)<li>(.*?)</li>`).FindAllStringSubmatch(en.String(), -1)
	require.NotEmpty(t, cells)
	for _, c := range cells {
		bare := regexp.MustCompile(`<span lang="ja">[^<]*</span>`).ReplaceAllString(c[1], "")
		assert.False(t, strings.ContainsFunc(bare, japaneseScript), "unmarked Japanese in %q", c[1])
	}
}
