package main

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// loadForEntry loads the new document for --revision-entry: a document
// whose revision history lacks the entry of its version is what the
// entry is drafted for, so that mismatch is not an error here; any other
// error is.
func loadForEntry(name string, stdin io.Reader, l *limits, stderr io.Writer) (*whitepaper.Document, bool) {
	doc, err := loadDocument(name, stdin, l)
	if err != nil {
		printLoadError(stderr, "diff", err, l)
		return nil, false
	}
	var errs whitepaper.Diagnostics
	for _, d := range doc.Validate().Errors() {
		if d.Code != "revision-mismatch" {
			errs = append(errs, d)
		}
	}
	if len(errs) > 0 {
		printDiagnostics(stderr, errs, l)
		return nil, false
	}
	return doc, true
}

// writeEntry writes the drafted entry: its lines as they are when the
// revision history has the entry of the document's version already (to
// fill in its changes), else the whole entry as YAML to add to
// revisions, with the version, the date and a change per line.
func writeEntry(b *bytes.Buffer, lines []string, doc *whitepaper.Document, loc *locale.Locale) {
	if n := len(doc.Revisions); doc.Version == "" || n > 0 && doc.Revisions[n-1].Version == doc.Version {
		b.WriteString(strings.Join(lines, "\n") + "\n")
		return
	}
	date := "YYYY-MM-DD"
	if !doc.Date.IsZero() {
		date = doc.Date.String()
	}
	tag := loc.Tag().String()
	fmt.Fprintf(b, "# %s\n", loc.Message("diff.entry.add", "version", doc.Version))
	fmt.Fprintf(b, "- version: %s\n  date: %s\n  changes:\n", strconv.Quote(doc.Version), strconv.Quote(date))
	for _, l := range lines {
		fmt.Fprintf(b, "    - text: {%s: %s}\n", tag, strconv.Quote(l))
	}
}
