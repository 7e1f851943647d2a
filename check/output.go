package check

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/textsafe"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
)

// enumArgs are the message arguments that hold a value of a closed
// vocabulary, worded with its label.
var enumArgs = map[string]string{"data": "DataKind", "standard": "Standard", "status": "CertificationStatus"}

// Word fills in each finding's message in the catalog's language; a nil
// catalog words them in English, as [Lint] does.
func Word(findings []Finding, loc *locale.Locale) {
	for i := range findings {
		f := &findings[i]
		args := slices.Clone(f.Args)
		for j := 0; j+1 < len(args); j += 2 {
			if label, ok := f.labels[args[j+1]]; ok && whitepaper.IsExtension(args[j+1]) {
				// An extension value is named by the document's label.
				args[j+1], _, _ = label.In(append([]language.Tag{loc.Tag()}, label.Languages()...)...)
				continue
			}
			if typ, ok := enumArgs[args[j]]; ok {
				args[j+1] = loc.Message("enum." + typ + "." + args[j+1])
			}
			if d, err := whitepaper.ParseDuration(args[j+1]); err == nil && args[j] == "deadline" {
				args[j+1] = loc.Duration(d) // "72時間以内", not "within 72 hours"
			}
		}
		f.Message = loc.Message("lint."+f.Rule+".message", args...)
	}
}

func summary(r *CoverageReport, loc *locale.Locale) string {
	return loc.Message("coverage.summary",
		"percent", formatPercent(r.Percent()),
		"total", strconv.Itoa(len(r.Items)),
		"covered", strconv.Itoa(r.Covered),
		"notProvided", strconv.Itoa(r.NotProvided),
		"missing", strconv.Itoa(r.Missing))
}

func statusLabel(s Status, loc *locale.Locale) string {
	switch s {
	case Covered:
		return loc.Message("coverage.covered")
	case NotProvided:
		return loc.Message("coverage.notProvided")
	}
	return loc.Message("coverage.missing")
}

func title(t whitepaper.Text, loc *locale.Locale) string {
	s, _, _ := t.In(loc.Tag(), language.English)
	return s
}

// WriteCoverageText writes one line per item and the summary.
func WriteCoverageText(w io.Writer, r *CoverageReport, loc *locale.Locale) error {
	if r == nil {
		return errNoReport
	}
	var b strings.Builder
	for _, it := range r.Items {
		fmt.Fprintf(&b, "%-11s %s %s", it.Control, pad(statusLabel(it.Status, loc), 24), title(it.Title, loc))
		if len(it.Paths) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(it.Paths, ", "))
		}
		b.WriteByte('\n')
	}
	b.WriteString(summary(r, loc) + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteCoverageMarkdown writes the items as a table and the summary.
func WriteCoverageMarkdown(w io.Writer, r *CoverageReport, loc *locale.Locale) error {
	if r == nil {
		return errNoReport
	}
	var b strings.Builder
	fmt.Fprintf(&b, "## %s\n\n| ISO/IEC 27017 | | |\n| --- | --- | --- |\n", loc.Message("coverage.title"))
	for _, it := range r.Items {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", it.Control, title(it.Title, loc), statusLabel(it.Status, loc))
	}
	fmt.Fprintf(&b, "\n%s\n", summary(r, loc))
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteCoverageJSON writes the report as JSON, with the percentage and the
// summary in the catalog's language.
func WriteCoverageJSON(w io.Writer, r *CoverageReport, loc *locale.Locale) error {
	if r == nil {
		return errNoReport
	}
	out := struct {
		*CoverageReport
		Percent float64 `json:"percent"`
		Summary string  `json:"summary"`
	}{r, r.Percent(), summary(r, loc)}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func lintSummary(fs []Finding, loc *locale.Locale) string {
	n := map[Severity]int{}
	for _, f := range fs {
		n[f.Severity]++
	}
	return loc.Message("lint.summary", "errors", strconv.Itoa(n[SeverityError]),
		"warnings", strconv.Itoa(n[SeverityWarning]), "infos", strconv.Itoa(n[SeverityInfo]))
}

// WriteLintText writes one line per finding, as FILE:LINE:COL: severity:
// message [rule], and a summary.
func WriteLintText(w io.Writer, file string, fs []Finding, loc *locale.Locale) error {
	var b strings.Builder
	for _, f := range fs {
		where := f.Pos.String()
		switch {
		case !f.Pos.IsValid():
			where = file + ":" + f.Path
		case f.Pos.Filename == "":
			where = file + ":" + where
		}
		fmt.Fprintf(&b, "%s: %s: %s [%s]\n", textsafe.Terminal(where), loc.Message("lint.severity."+string(f.Severity)), textsafe.Terminal(f.Message), f.Rule)
	}
	b.WriteString(lintSummary(fs, loc) + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteLintJSON writes the findings as JSON.
func WriteLintJSON(w io.Writer, fs []Finding) error {
	if fs == nil {
		fs = []Finding{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(fs)
}

// WriteSARIF writes the findings as a SARIF 2.1.0 log, so that code-scanning
// tools show them at the file and line they concern.
func WriteSARIF(w io.Writer, file string, fs []Finding, loc *locale.Locale) error {
	type text struct {
		Text string `json:"text"`
	}
	type rule struct {
		ID                   string `json:"id"`
		ShortDescription     text   `json:"shortDescription"`
		FullDescription      text   `json:"fullDescription"`
		DefaultConfiguration struct {
			Level string `json:"level"`
		} `json:"defaultConfiguration"`
	}
	type region struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
	}
	type location struct {
		PhysicalLocation struct {
			ArtifactLocation struct {
				URI string `json:"uri"`
			} `json:"artifactLocation"`
			Region *region `json:"region,omitempty"`
		} `json:"physicalLocation"`
	}
	type result struct {
		RuleID    string     `json:"ruleId"`
		Level     string     `json:"level"`
		Message   text       `json:"message"`
		Locations []location `json:"locations"`
	}
	level := map[Severity]string{SeverityError: "error", SeverityWarning: "warning", SeverityInfo: "note"}
	var rs []rule
	for _, r := range Rules() {
		x := rule{ID: r.ID,
			ShortDescription: text{loc.Message("lint." + r.ID + ".message")},
			FullDescription:  text{loc.Message("lint." + r.ID + ".rationale")}}
		x.DefaultConfiguration.Level = level[r.Severity]
		rs = append(rs, x)
	}
	results := []result{}
	for _, f := range fs {
		var l location
		l.PhysicalLocation.ArtifactLocation.URI = file
		if f.Pos.IsValid() {
			l.PhysicalLocation.Region = &region{StartLine: f.Pos.Line, StartColumn: f.Pos.Column}
		}
		results = append(results, result{RuleID: f.Rule, Level: level[f.Severity], Message: text{f.Message}, Locations: []location{l}})
	}
	log := map[string]any{
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"version": "2.1.0",
		"runs": []any{map[string]any{
			"tool": map[string]any{"driver": map[string]any{
				"name":           "whitepaper lint",
				"informationUri": "https://github.com/openwhitepaper/whitepaper",
				"rules":          rs,
			}},
			"results": results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

// pad fills s with spaces to n columns of a terminal, where East Asian
// wide characters take two.
func pad(s string, n int) string {
	w := textsafe.Width(s)
	if w >= n {
		return s
	}
	return s + strings.Repeat(" ", n-w)
}
